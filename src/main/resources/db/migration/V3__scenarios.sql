-- Goal scenarios built on a baseline (METHOD.md step 3), and the per-stage targets stored when one is adopted as
-- the plan of record of its period (the KPI feature tracks them). Same SQL subset as V1.

CREATE TABLE scenario (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id      BIGINT        NOT NULL,
    workspace_id   BIGINT        NOT NULL,
    baseline_id    BIGINT        NOT NULL,
    name           VARCHAR(120)  NOT NULL,
    goal_kind      VARCHAR(20)   NOT NULL,
    goal_stage     INT           NOT NULL,
    goal_amount    DECIMAL(19,4) NOT NULL,
    deal_value     DECIMAL(19,2) NULL,
    lever_kind     VARCHAR(20)   NOT NULL,
    lever_steps    VARCHAR(200)  NOT NULL,
    lever_weights  VARCHAR(200)  NOT NULL,
    volume_share   DECIMAL(9,6)  NULL,
    ceiling_mode   VARCHAR(20)   NOT NULL,
    period_start   DATE          NOT NULL,
    period_end     DATE          NOT NULL,
    adopted        BOOLEAN       NOT NULL,
    adopted_at     DATETIME(6)   NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    KEY ix_scenario_workspace (agency_id, workspace_id, baseline_id),
    KEY ix_scenario_adopted (agency_id, workspace_id, adopted, period_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE scenario_target (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id       BIGINT        NOT NULL,
    scenario_id     BIGINT        NOT NULL,
    sort_order      INT           NOT NULL,
    stage_name      VARCHAR(80)   NOT NULL,
    stage_key       VARCHAR(40)   NULL,
    planned_volume  DECIMAL(19,4) NOT NULL,
    whole_units     BIGINT        NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    KEY ix_scenario_target_scenario (agency_id, scenario_id, sort_order)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE scenario ADD CONSTRAINT fk_scenario_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE scenario ADD CONSTRAINT fk_scenario_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id);
ALTER TABLE scenario ADD CONSTRAINT fk_scenario_baseline FOREIGN KEY (baseline_id) REFERENCES baseline (id);
ALTER TABLE scenario_target ADD CONSTRAINT fk_scenario_target_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE scenario_target ADD CONSTRAINT fk_scenario_target_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id);
