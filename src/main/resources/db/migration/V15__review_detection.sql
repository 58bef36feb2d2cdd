-- Review triggers detected from the data (issue 12, docs/decisions/0021-review-triggers-from-data.md): the
-- thresholds of each workspace, and the detected triggers stored in review_trigger next to the recorded ones (one
-- id space, so ReviewTriggerRaised names either kind of trigger). Same SQL subset as V1 (H2 MODE=MySQL and
-- MySQL 8 / MariaDB); children reference (agency_id, parent_id) like V7.

CREATE TABLE review_threshold (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id         BIGINT       NOT NULL,
    workspace_id      BIGINT       NOT NULL,
    -- a cost (CPA, cost per result) worse than the plan by more than this many percent ...
    cpa_over_percent  INT          NOT NULL,
    -- ... on each of this many consecutive days
    cpa_days          INT          NOT NULL,
    -- a KPI behind on each of this many consecutive days
    behind_days       INT          NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_review_threshold_workspace (agency_id, workspace_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE review_threshold ADD CONSTRAINT fk_review_threshold_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE review_threshold ADD CONSTRAINT fk_review_threshold_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);

-- Nobody raises a detected trigger: raised_by is null (and raised_by_name empty) for them.
ALTER TABLE review_trigger MODIFY raised_by BIGINT NULL;
-- What the rule was about: the KPI (a cost KPI, the KPI that is behind, or the result a spend KPI pays for) and,
-- for a cost per result, the spend KPI; their names as they were, like the other names stored with the rows.
ALTER TABLE review_trigger ADD COLUMN subject_kpi_id BIGINT NULL;
ALTER TABLE review_trigger ADD COLUMN spend_kpi_id BIGINT NULL;
ALTER TABLE review_trigger ADD COLUMN subject_name VARCHAR(200) NULL;
ALTER TABLE review_trigger ADD COLUMN spend_name VARCHAR(200) NULL;
-- k<kpi id> or s<spend kpi id>-r<result kpi id>: the rule's subject, kept after the trigger is closed
ALTER TABLE review_trigger ADD COLUMN subject_key VARCHAR(64) NULL;
-- kind:subject_key while the trigger is open, null once a review closed it: the unique key below allows one open
-- trigger per rule and subject, so two evaluations at the same moment (two nodes) cannot store it twice
ALTER TABLE review_trigger ADD COLUMN open_key VARCHAR(100) NULL;
-- the why: plan and actual on the day it was detected, the threshold and days in force, the first day of the run
ALTER TABLE review_trigger ADD COLUMN planned_value DECIMAL(19,4) NULL;
ALTER TABLE review_trigger ADD COLUMN actual_value DECIMAL(19,4) NULL;
ALTER TABLE review_trigger ADD COLUMN threshold_percent INT NULL;
ALTER TABLE review_trigger ADD COLUMN streak_days INT NULL;
ALTER TABLE review_trigger ADD COLUMN condition_since DATE NULL;
-- the client's day it was detected on
ALTER TABLE review_trigger ADD COLUMN detected_on DATE NULL;

ALTER TABLE review_trigger ADD CONSTRAINT uk_review_trigger_open UNIQUE (agency_id, workspace_id, open_key);
CREATE INDEX ix_review_trigger_subject ON review_trigger (agency_id, workspace_id, subject_key);
ALTER TABLE review_trigger ADD CONSTRAINT fk_review_trigger_subject_kpi_tenant
    FOREIGN KEY (agency_id, subject_kpi_id) REFERENCES kpi (agency_id, id);
ALTER TABLE review_trigger ADD CONSTRAINT fk_review_trigger_spend_kpi_tenant
    FOREIGN KEY (agency_id, spend_kpi_id) REFERENCES kpi (agency_id, id);
