-- KPIs of a workspace and their dated actuals (issue 5, METHOD step 4). Same SQL subset as V1.
-- kpi_actual repeats workspace_id so the dashboard loads every actual of a workspace in one indexed query.

CREATE TABLE kpi (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id           BIGINT        NOT NULL,
    workspace_id        BIGINT        NOT NULL,
    name                VARCHAR(120)  NOT NULL,
    unit                VARCHAR(20)   NOT NULL,
    direction           VARCHAR(20)   NOT NULL,
    aggregation         VARCHAR(20)   NOT NULL,
    target              DECIMAL(19,4) NOT NULL,
    period_start        DATE          NOT NULL,
    period_end          DATE          NOT NULL,
    -- relative band around "on track", as a fraction (0.0500 = ±5%)
    tolerance           DECIMAL(6,4)  NOT NULL,
    stage_key           VARCHAR(60)   NULL,
    -- the adopted goal scenario this KPI's target came from, if any (no FK: scenarios are another feature)
    source_scenario_id  BIGINT        NULL,
    archived            BOOLEAN       NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    KEY ix_kpi_workspace (agency_id, workspace_id, archived),
    KEY ix_kpi_scenario (agency_id, source_scenario_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kpi_actual (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id     BIGINT        NOT NULL,
    workspace_id  BIGINT        NOT NULL,
    kpi_id        BIGINT        NOT NULL,
    actual_date   DATE          NOT NULL,
    amount        DECIMAL(19,4) NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    -- one value per KPI and day: a second value for the same day replaces the first
    UNIQUE KEY uk_kpi_actual (agency_id, kpi_id, actual_date),
    KEY ix_kpi_actual_workspace (agency_id, workspace_id, actual_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE kpi ADD CONSTRAINT fk_kpi_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE kpi ADD CONSTRAINT fk_kpi_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id);
ALTER TABLE kpi_actual ADD CONSTRAINT fk_kpi_actual_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE kpi_actual ADD CONSTRAINT fk_kpi_actual_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id);
ALTER TABLE kpi_actual ADD CONSTRAINT fk_kpi_actual_kpi FOREIGN KEY (kpi_id) REFERENCES kpi (id);
