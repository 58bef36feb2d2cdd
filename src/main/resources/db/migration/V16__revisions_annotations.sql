-- Revision history and chart annotations (issue 12). A revision is one changed field of a KPI (target, period,
-- tolerance) or a scenario (goal, plan of record): who, when, the value before and after, and why. It is written
-- in the transaction of the change itself. An annotation is a dated note on a KPI's timeline.
-- Same SQL subset as V1 (H2 MODE=MySQL and MySQL 8 / MariaDB); children reference (agency_id, parent_id) like V7.

CREATE TABLE revision (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id        BIGINT         NOT NULL,
    workspace_id     BIGINT         NOT NULL,
    -- KPI or SCENARIO; subject_id names the row (kpi.id or scenario.id), always read within the workspace
    subject_type     VARCHAR(16)    NOT NULL,
    subject_id       BIGINT         NOT NULL,
    -- TARGET, PERIOD, TOLERANCE, GOAL or PLAN_OF_RECORD
    field            VARCHAR(20)    NOT NULL,
    -- the values as plain text (a decimal, "start/end" ISO dates, a goal, a scenario name); formatted on screen
    value_before     VARCHAR(300)   NULL,
    value_after      VARCHAR(300)   NULL,
    -- the numbers behind a TARGET change, for the chart's step in the 100 % line
    number_before    DECIMAL(20,4)  NULL,
    number_after     DECIMAL(20,4)  NULL,
    reason           VARCHAR(500)   NOT NULL,
    -- USER (a person in a form), PLAN (an adopted plan), API or SYSTEM
    source           VARCHAR(16)    NOT NULL,
    changed_by       BIGINT         NULL,
    -- the name as it was, so the history reads the same after a user is renamed or leaves
    changed_by_name  VARCHAR(200)   NOT NULL,
    changed_at       DATETIME(6)    NOT NULL,
    version          BIGINT         NOT NULL DEFAULT 0,
    KEY ix_revision_subject (agency_id, workspace_id, subject_type, subject_id, changed_at),
    KEY ix_revision_field (agency_id, workspace_id, field, changed_at),
    KEY ix_revision_changed_by (agency_id, changed_by)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kpi_annotation (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id        BIGINT         NOT NULL,
    workspace_id     BIGINT         NOT NULL,
    kpi_id           BIGINT         NOT NULL,
    -- the client's day the note is about
    note_date        DATE           NOT NULL,
    note             VARCHAR(300)   NOT NULL,
    author_id        BIGINT         NOT NULL,
    author_name      VARCHAR(200)   NOT NULL,
    created_at       DATETIME(6)    NOT NULL,
    updated_at       DATETIME(6)    NOT NULL,
    version          BIGINT         NOT NULL DEFAULT 0,
    KEY ix_kpi_annotation_kpi (agency_id, workspace_id, kpi_id, note_date),
    KEY ix_kpi_annotation_author (agency_id, author_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE revision ADD CONSTRAINT fk_revision_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE revision ADD CONSTRAINT fk_revision_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
ALTER TABLE revision ADD CONSTRAINT fk_revision_changed_by_tenant
    FOREIGN KEY (agency_id, changed_by) REFERENCES user_account (agency_id, id);

ALTER TABLE kpi_annotation ADD CONSTRAINT fk_kpi_annotation_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE kpi_annotation ADD CONSTRAINT fk_kpi_annotation_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
ALTER TABLE kpi_annotation ADD CONSTRAINT fk_kpi_annotation_kpi_tenant
    FOREIGN KEY (agency_id, kpi_id) REFERENCES kpi (agency_id, id);
ALTER TABLE kpi_annotation ADD CONSTRAINT fk_kpi_annotation_author_tenant
    FOREIGN KEY (agency_id, author_id) REFERENCES user_account (agency_id, id);
