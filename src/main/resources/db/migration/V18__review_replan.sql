-- The review itself (issue 12): who took part, the plan of record before and after the review, and the goal-setting
-- session it was held in. Same SQL subset as V1 (H2 MODE=MySQL and MySQL 8 / MariaDB); children reference their
-- parents by (agency_id, parent_id) like V7, so the database refuses a row whose agency differs from its parent's.

-- the goal-setting session the review was held in (null: held on its own); the plan of record before the review and
-- after it (the same for a kept plan; null when there was none), with its goal as stated then (kind, stage name,
-- amount as typed, and the whole-unit target it meant on its baseline)
ALTER TABLE review ADD COLUMN session_id BIGINT NULL;
ALTER TABLE review ADD COLUMN before_scenario_id BIGINT NULL;
ALTER TABLE review ADD COLUMN before_name VARCHAR(200) NULL;
ALTER TABLE review ADD COLUMN before_goal_kind VARCHAR(16) NULL;
ALTER TABLE review ADD COLUMN before_goal_stage VARCHAR(200) NULL;
ALTER TABLE review ADD COLUMN before_goal_amount DECIMAL(19,4) NULL;
ALTER TABLE review ADD COLUMN before_goal_whole BIGINT NULL;
ALTER TABLE review ADD COLUMN before_period_start DATE NULL;
ALTER TABLE review ADD COLUMN before_period_end DATE NULL;
ALTER TABLE review ADD COLUMN after_scenario_id BIGINT NULL;
ALTER TABLE review ADD COLUMN after_name VARCHAR(200) NULL;
ALTER TABLE review ADD COLUMN after_goal_kind VARCHAR(16) NULL;
ALTER TABLE review ADD COLUMN after_goal_stage VARCHAR(200) NULL;
ALTER TABLE review ADD COLUMN after_goal_amount DECIMAL(19,4) NULL;
ALTER TABLE review ADD COLUMN after_goal_whole BIGINT NULL;
ALTER TABLE review ADD COLUMN after_period_start DATE NULL;
ALTER TABLE review ADD COLUMN after_period_end DATE NULL;
-- the baseline the re-plan created from recent actuals
ALTER TABLE review ADD COLUMN after_baseline_id BIGINT NULL;

CREATE INDEX ix_review_session ON review (agency_id, session_id);
CREATE INDEX ix_review_before_scenario ON review (agency_id, before_scenario_id);
CREATE INDEX ix_review_after_scenario ON review (agency_id, after_scenario_id);
CREATE INDEX ix_review_after_baseline ON review (agency_id, after_baseline_id);

CREATE TABLE review_participant (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id   BIGINT        NOT NULL,
    review_id   BIGINT        NOT NULL,
    user_id     BIGINT        NOT NULL,
    -- the name as it was, so the record reads the same after a rename
    user_name   VARCHAR(200)  NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_review_participant (agency_id, review_id, user_id),
    KEY ix_review_participant_user (agency_id, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the key numbers of the plans before and after: the whole-unit target of each stage as adopted at the time
CREATE TABLE review_plan_target (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id    BIGINT        NOT NULL,
    review_id    BIGINT        NOT NULL,
    -- BEFORE or AFTER
    side         VARCHAR(8)    NOT NULL,
    sort_order   INT           NOT NULL,
    stage_name   VARCHAR(200)  NOT NULL,
    whole_units  BIGINT        NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    KEY ix_review_plan_target_review (agency_id, review_id, side, sort_order)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE review ADD CONSTRAINT fk_review_session_tenant
    FOREIGN KEY (agency_id, session_id) REFERENCES goal_session (agency_id, id);
ALTER TABLE review ADD CONSTRAINT fk_review_before_scenario_tenant
    FOREIGN KEY (agency_id, before_scenario_id) REFERENCES scenario (agency_id, id);
ALTER TABLE review ADD CONSTRAINT fk_review_after_scenario_tenant
    FOREIGN KEY (agency_id, after_scenario_id) REFERENCES scenario (agency_id, id);
ALTER TABLE review ADD CONSTRAINT fk_review_after_baseline_tenant
    FOREIGN KEY (agency_id, after_baseline_id) REFERENCES baseline (agency_id, id);

ALTER TABLE review_participant ADD CONSTRAINT fk_review_participant_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE review_participant ADD CONSTRAINT fk_review_participant_review_tenant
    FOREIGN KEY (agency_id, review_id) REFERENCES review (agency_id, id);
ALTER TABLE review_participant ADD CONSTRAINT fk_review_participant_user_tenant
    FOREIGN KEY (agency_id, user_id) REFERENCES user_account (agency_id, id);

ALTER TABLE review_plan_target ADD CONSTRAINT fk_review_plan_target_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE review_plan_target ADD CONSTRAINT fk_review_plan_target_review_tenant
    FOREIGN KEY (agency_id, review_id) REFERENCES review (agency_id, id);
