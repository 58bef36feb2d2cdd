-- Goal reviews (issue 12, method step 5): a review policy per workspace, triggers recorded by people, and the
-- reviews held. Same SQL subset as V1 (H2 MODE=MySQL and MySQL 8 / MariaDB). Children reference their parents by
-- (agency_id, parent_id) like V7, so the database refuses a row whose agency differs from its parent's.

CREATE TABLE review_policy (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id      BIGINT       NOT NULL,
    workspace_id   BIGINT       NOT NULL,
    -- QUARTERLY (fiscal quarters), MONTHLY (calendar months) or CUSTOM (every interval_days days)
    cadence        VARCHAR(16)  NOT NULL,
    interval_days  INT          NULL,
    updated_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_review_policy_workspace (agency_id, workspace_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE review (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id         BIGINT        NOT NULL,
    workspace_id      BIGINT        NOT NULL,
    -- the client's day the review was held
    review_date       DATE          NOT NULL,
    -- KEEP_PLAN for now; RE_PLAN comes with re-planning
    decision          VARCHAR(16)   NOT NULL,
    notes             TEXT          NULL,
    recorded_by       BIGINT        NOT NULL,
    -- the name as it was, so the history reads the same after a user is renamed or leaves
    recorded_by_name  VARCHAR(200)  NOT NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_review_tenant (agency_id, id),
    KEY ix_review_workspace (agency_id, workspace_id, review_date),
    KEY ix_review_recorded_by (agency_id, recorded_by)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE review_trigger (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id           BIGINT        NOT NULL,
    workspace_id        BIGINT        NOT NULL,
    kind                VARCHAR(32)   NOT NULL,
    reason              VARCHAR(500)  NULL,
    raised_by           BIGINT        NOT NULL,
    raised_by_name      VARCHAR(200)  NOT NULL,
    raised_at           DATETIME(6)   NOT NULL,
    -- null while the trigger is open; the review that closed it otherwise
    closed_by_review_id BIGINT        NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    KEY ix_review_trigger_workspace (agency_id, workspace_id, closed_by_review_id),
    KEY ix_review_trigger_review (agency_id, closed_by_review_id),
    KEY ix_review_trigger_raised_by (agency_id, raised_by)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE review_policy ADD CONSTRAINT fk_review_policy_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE review_policy ADD CONSTRAINT fk_review_policy_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);

ALTER TABLE review ADD CONSTRAINT fk_review_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE review ADD CONSTRAINT fk_review_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
ALTER TABLE review ADD CONSTRAINT fk_review_recorded_by_tenant
    FOREIGN KEY (agency_id, recorded_by) REFERENCES user_account (agency_id, id);

ALTER TABLE review_trigger ADD CONSTRAINT fk_review_trigger_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE review_trigger ADD CONSTRAINT fk_review_trigger_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
ALTER TABLE review_trigger ADD CONSTRAINT fk_review_trigger_review_tenant
    FOREIGN KEY (agency_id, closed_by_review_id) REFERENCES review (agency_id, id);
ALTER TABLE review_trigger ADD CONSTRAINT fk_review_trigger_raised_by_tenant
    FOREIGN KEY (agency_id, raised_by) REFERENCES user_account (agency_id, id);
