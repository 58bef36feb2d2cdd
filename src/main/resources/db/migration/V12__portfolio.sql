-- Agency portfolio (issue 13): a stored status per workspace, so the agency home can sort and filter every
-- workspace by risk in SQL and read a page in a bounded number of queries, and one row per workspace and week for
-- the "clients on track over time" chart. Both are caches of what the KPI and review features compute; they are
-- maintained by the portfolio feature (docs/decisions/0018-portfolio-status-cache.md). Same SQL subset as V1;
-- children reference the workspace by (agency_id, workspace_id) like V7.

CREATE TABLE workspace_status (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id         BIGINT        NOT NULL,
    workspace_id      BIGINT        NOT NULL,
    -- BEHIND, ON_TRACK, AHEAD or NO_DATA; risk_rank orders them (0 = behind = most at risk)
    overall           VARCHAR(16)   NOT NULL,
    risk_rank         INT           NOT NULL,
    behind_count      INT           NOT NULL,
    on_track_count    INT           NOT NULL,
    ahead_count       INT           NOT NULL,
    no_data_count     INT           NOT NULL,
    -- the tracked KPI furthest below its plan: shortfall = how far below the expected share (0.25 = 25 %)
    worst_kpi_id      BIGINT        NULL,
    worst_kpi_name    VARCHAR(120)  NULL,
    worst_kpi_kind    VARCHAR(16)   NULL,
    worst_status      VARCHAR(16)   NULL,
    worst_ratio       DECIMAL(19,6) NULL,
    worst_shortfall   DECIMAL(19,6) NULL,
    -- the main goal KPI (the plan of record's last stage, else the first outcome KPI) and its projection
    main_kpi_id       BIGINT        NULL,
    main_kpi_name     VARCHAR(120)  NULL,
    main_status       VARCHAR(16)   NULL,
    main_projection   DECIMAL(19,6) NULL,
    review_due        DATE          NULL,
    review_overdue    BOOLEAN       NOT NULL,
    -- the client's day the numbers were computed for, and the instant that day ends in the workspace's zone
    computed_for      DATE          NULL,
    valid_until       DATETIME(6)   NULL,
    -- set after a committed change the numbers do not include yet
    stale             BOOLEAN       NOT NULL,
    last_activity     DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_workspace_status (agency_id, workspace_id),
    KEY ix_workspace_status_risk (agency_id, risk_rank, behind_count)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE workspace_status_week (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id     BIGINT       NOT NULL,
    workspace_id  BIGINT       NOT NULL,
    -- the Monday of the client's week; the row holds the last status computed in that week
    week_start    DATE         NOT NULL,
    overall       VARCHAR(16)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_workspace_status_week (agency_id, workspace_id, week_start),
    KEY ix_workspace_status_week (agency_id, week_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE workspace_status ADD CONSTRAINT fk_workspace_status_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE workspace_status ADD CONSTRAINT fk_workspace_status_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
ALTER TABLE workspace_status_week ADD CONSTRAINT fk_workspace_status_week_agency
    FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE workspace_status_week ADD CONSTRAINT fk_workspace_status_week_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
