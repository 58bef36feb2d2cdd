-- Funnel stages and baselines of a workspace (METHOD.md step 1). Same SQL subset as V1 (H2 MODE=MySQL and MySQL 8).
-- A baseline's volumes reference the workspace's stages, so renaming or reordering a stage applies to every baseline.

CREATE TABLE funnel_stage (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id      BIGINT      NOT NULL,
    workspace_id   BIGINT      NOT NULL,
    sort_order     INT         NOT NULL,
    name           VARCHAR(80) NOT NULL,
    benchmark_key  VARCHAR(40) NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    KEY ix_funnel_stage_workspace (agency_id, workspace_id, sort_order)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE baseline (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id      BIGINT        NOT NULL,
    workspace_id   BIGINT        NOT NULL,
    name           VARCHAR(120)  NOT NULL,
    method         VARCHAR(30)   NOT NULL,
    period_start   DATE          NOT NULL,
    period_end     DATE          NOT NULL,
    is_current     BOOLEAN       NOT NULL,
    benchmark_set  VARCHAR(60)   NULL,
    budget         DECIMAL(19,2) NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    KEY ix_baseline_workspace (agency_id, workspace_id, period_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE baseline_volume (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id     BIGINT        NOT NULL,
    baseline_id   BIGINT        NOT NULL,
    stage_id      BIGINT        NOT NULL,
    volume        DECIMAL(19,4) NOT NULL,
    spend         DECIMAL(19,2) NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_baseline_volume (agency_id, baseline_id, stage_id),
    KEY ix_baseline_volume_stage (agency_id, stage_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE funnel_stage ADD CONSTRAINT fk_funnel_stage_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE funnel_stage ADD CONSTRAINT fk_funnel_stage_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id);
ALTER TABLE baseline ADD CONSTRAINT fk_baseline_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE baseline ADD CONSTRAINT fk_baseline_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id);
ALTER TABLE baseline_volume ADD CONSTRAINT fk_baseline_volume_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE baseline_volume ADD CONSTRAINT fk_baseline_volume_baseline FOREIGN KEY (baseline_id) REFERENCES baseline (id);
ALTER TABLE baseline_volume ADD CONSTRAINT fk_baseline_volume_stage FOREIGN KEY (stage_id) REFERENCES funnel_stage (id);
