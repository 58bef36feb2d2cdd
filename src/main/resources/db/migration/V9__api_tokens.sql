-- Actuals API (issue 15, docs/decisions/0013-actuals-api.md): API tokens and a stable key per KPI.
-- Same SQL subset as V1 (H2 MODE=MySQL and MySQL 8 / MariaDB). Children reference their parents by
-- (agency_id, parent_id) like V7, so the database refuses a token whose agency differs from its workspace's.

-- A token acts for the staff member who created it (created_by), in one workspace (workspace_id) or, when
-- workspace_id is null, in every workspace that member may open. Only a SHA-256 (hex) of the secret is stored;
-- token_hint is the secret's first characters, shown in the list so people can tell their tokens apart.
-- The look-up by hash happens before the tenant is known (like sign-in by e-mail): the one index that does not
-- start with agency_id.
CREATE TABLE api_token (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id     BIGINT        NOT NULL,
    workspace_id  BIGINT        NULL,
    name          VARCHAR(120)  NOT NULL,
    token_hint    VARCHAR(16)   NOT NULL,
    token_hash    VARCHAR(64)   NOT NULL,
    -- space-separated: actuals:write kpis:read
    scopes        VARCHAR(200)  NOT NULL,
    created_by    BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    expires_at    DATETIME(6)   NOT NULL,
    last_used_at  DATETIME(6)   NULL,
    revoked_at    DATETIME(6)   NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_api_token_hash (token_hash),
    KEY ix_api_token_agency (agency_id, workspace_id),
    KEY ix_api_token_created_by (agency_id, created_by)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE api_token ADD CONSTRAINT fk_api_token_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE api_token ADD CONSTRAINT fk_api_token_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
ALTER TABLE api_token ADD CONSTRAINT fk_api_token_created_by_tenant
    FOREIGN KEY (agency_id, created_by) REFERENCES user_account (agency_id, id);

-- The stable key a script names a KPI by (a CRM field name, "leads"), unique in its workspace; null until
-- assigned (the API assigns one from the name the first time it lists the workspace's KPIs).
ALTER TABLE kpi ADD COLUMN api_key VARCHAR(64) NULL;
ALTER TABLE kpi ADD CONSTRAINT uk_kpi_api_key UNIQUE (agency_id, workspace_id, api_key);
