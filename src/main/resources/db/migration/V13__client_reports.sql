-- Client reports (issue 13): the agency's branding on reports, the per-workspace delivery schedule, the log of
-- deliveries (one per workspace and period: a second run in the same period sends nothing), the log of changes
-- the "what changed" summary reads, and ShedLock's table (the delivery job runs on one node at a time).
-- Same SQL subset as V1 (H2 MODE=MySQL and MySQL 8 / MariaDB); children reference (agency_id, parent_id) like V7.

CREATE TABLE agency_branding (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id      BIGINT        NOT NULL,
    -- the name printed on reports; the agency's own name when null
    display_name   VARCHAR(120)  NULL,
    -- #RRGGBB
    accent_colour  VARCHAR(7)    NOT NULL,
    -- PNG or JPEG, at most 512 KB, checked to decode as an image before it is stored
    logo           MEDIUMBLOB    NULL,
    logo_type      VARCHAR(20)   NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_agency_branding_agency (agency_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_schedule (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id         BIGINT         NOT NULL,
    workspace_id      BIGINT         NOT NULL,
    -- WEEKLY or MONTHLY: the report of the period that just ended is sent
    frequency         VARCHAR(16)    NOT NULL,
    -- en or fr
    language          VARCHAR(8)     NOT NULL,
    enabled           BOOLEAN        NOT NULL,
    -- one normalised address per line, at most 20
    recipients        VARCHAR(5200)  NOT NULL,
    -- the staff member who set the schedule up: the job sends with their rights (and stops when they lose them)
    scheduled_by      BIGINT         NOT NULL,
    scheduled_by_email VARCHAR(254)  NOT NULL,
    updated_at        DATETIME(6)    NOT NULL,
    version           BIGINT         NOT NULL DEFAULT 0,
    UNIQUE KEY uk_report_schedule_workspace (agency_id, workspace_id),
    KEY ix_report_schedule_user (agency_id, scheduled_by)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_delivery (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id      BIGINT        NOT NULL,
    workspace_id   BIGINT        NOT NULL,
    -- 2026-11 (month) or 2026-W47 (ISO week)
    period_key     VARCHAR(16)   NOT NULL,
    recipients     INT           NOT NULL,
    sent_at        DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_report_delivery_period (agency_id, workspace_id, period_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_change (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id      BIGINT        NOT NULL,
    workspace_id   BIGINT        NOT NULL,
    -- TARGET or PLAN_ADOPTED (app.goalpost.workspace.ChangeKind)
    kind           VARCHAR(16)   NOT NULL,
    subject_id     BIGINT        NOT NULL,
    changed_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    KEY ix_report_change_workspace (agency_id, workspace_id, changed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE agency_branding ADD CONSTRAINT fk_agency_branding_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE report_schedule ADD CONSTRAINT fk_report_schedule_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE report_schedule ADD CONSTRAINT fk_report_schedule_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
ALTER TABLE report_schedule ADD CONSTRAINT fk_report_schedule_user_tenant
    FOREIGN KEY (agency_id, scheduled_by) REFERENCES user_account (agency_id, id);
ALTER TABLE report_delivery ADD CONSTRAINT fk_report_delivery_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE report_delivery ADD CONSTRAINT fk_report_delivery_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
ALTER TABLE report_change ADD CONSTRAINT fk_report_change_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE report_change ADD CONSTRAINT fk_report_change_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);

-- ShedLock (net.javacrumbs.shedlock, JdbcTemplateLockProvider): one row per job name, not agency data.
CREATE TABLE shedlock (
    name        VARCHAR(64)   NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP(3)  NOT NULL,
    locked_at   TIMESTAMP(3)  NOT NULL,
    locked_by   VARCHAR(255)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
