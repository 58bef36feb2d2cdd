-- Outgoing webhooks (issue 15): endpoints registered per workspace, the outbox of deliveries the worker sends, and
-- the last state the events are computed against (KPI status per KPI, review due dates already announced).
-- Same SQL subset as V1 (H2 MODE=MySQL and MySQL 8 / MariaDB); children reference their parents by
-- (agency_id, parent_id) like V7, so the database refuses a row whose agency differs from its parent's.

CREATE TABLE webhook_endpoint (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id      BIGINT        NOT NULL,
    workspace_id   BIGINT        NOT NULL,
    url            VARCHAR(2000) NOT NULL,
    -- comma-separated event types: kpi.status_changed, review.due, plan.adopted
    events         VARCHAR(200)  NOT NULL,
    -- the HMAC key; needed in clear to sign, shown to staff once (on creation and rotation)
    secret         VARCHAR(100)  NOT NULL,
    created_by     BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_webhook_endpoint_tenant (agency_id, id),
    KEY ix_webhook_endpoint_workspace (agency_id, workspace_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE webhook_delivery (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id        BIGINT        NOT NULL,
    workspace_id     BIGINT        NOT NULL,
    endpoint_id      BIGINT        NOT NULL,
    -- the event's id (the same in every delivery of one event, re-sends included) and type
    event_id         VARCHAR(36)   NOT NULL,
    event_type       VARCHAR(40)   NOT NULL,
    payload          TEXT          NOT NULL,
    -- PENDING (waiting for its next attempt), SUCCEEDED, FAILED (retries exhausted)
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  DATETIME(6)   NULL,
    -- the node sending it and until when that claim holds; another node may take it over after lease_until
    claimed_by       VARCHAR(100)  NULL,
    lease_until      DATETIME(6)   NULL,
    last_attempt_at  DATETIME(6)   NULL,
    response_status  INT           NULL,
    response_excerpt VARCHAR(500)  NULL,
    error            VARCHAR(500)  NULL,
    duration_ms      BIGINT        NULL,
    resent_from      BIGINT        NULL,
    created_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    KEY ix_webhook_delivery_due (status, next_attempt_at),
    KEY ix_webhook_delivery_endpoint (agency_id, endpoint_id, id),
    KEY ix_webhook_delivery_workspace (agency_id, workspace_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE webhook_kpi_status (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id      BIGINT        NOT NULL,
    workspace_id   BIGINT        NOT NULL,
    kpi_id         BIGINT        NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_webhook_kpi_status (agency_id, kpi_id),
    KEY ix_webhook_kpi_status_workspace (agency_id, workspace_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE webhook_review_notice (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id      BIGINT        NOT NULL,
    workspace_id   BIGINT        NOT NULL,
    -- the scheduled review date announced; unique so that two nodes announce it once
    due_date       DATE          NOT NULL,
    fired_at       DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_webhook_review_notice (agency_id, workspace_id, due_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE webhook_endpoint ADD CONSTRAINT fk_webhook_endpoint_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE webhook_endpoint ADD CONSTRAINT fk_webhook_endpoint_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
ALTER TABLE webhook_endpoint ADD CONSTRAINT fk_webhook_endpoint_created_by_tenant
    FOREIGN KEY (agency_id, created_by) REFERENCES user_account (agency_id, id);

ALTER TABLE webhook_delivery ADD CONSTRAINT fk_webhook_delivery_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE webhook_delivery ADD CONSTRAINT fk_webhook_delivery_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
ALTER TABLE webhook_delivery ADD CONSTRAINT fk_webhook_delivery_endpoint_tenant
    FOREIGN KEY (agency_id, endpoint_id) REFERENCES webhook_endpoint (agency_id, id);

ALTER TABLE webhook_kpi_status ADD CONSTRAINT fk_webhook_kpi_status_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE webhook_kpi_status ADD CONSTRAINT fk_webhook_kpi_status_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
ALTER TABLE webhook_kpi_status ADD CONSTRAINT fk_webhook_kpi_status_kpi_tenant
    FOREIGN KEY (agency_id, kpi_id) REFERENCES kpi (agency_id, id);

ALTER TABLE webhook_review_notice ADD CONSTRAINT fk_webhook_review_notice_agency
    FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE webhook_review_notice ADD CONSTRAINT fk_webhook_review_notice_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
