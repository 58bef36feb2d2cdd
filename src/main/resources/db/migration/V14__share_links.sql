-- Read-only share links (issue 13, docs/decisions/0020): a link opens one workspace's dashboard (or, later, its
-- report) without an account. Only the SHA-256 (hex) of the token is stored; the optional password is an Argon2
-- hash from the app's PasswordEncoder. Every view is logged with a truncated client address and a short user
-- agent. Same SQL subset as V8 (H2 MODE=MySQL and MySQL 8 / MariaDB); children reference their parents by
-- (agency_id, parent_id) like V7.

CREATE TABLE share_link (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id        BIGINT        NOT NULL,
    workspace_id     BIGINT        NOT NULL,
    -- DASHBOARD or REPORT
    kind             VARCHAR(16)   NOT NULL,
    token_hash       VARCHAR(64)   NOT NULL,
    label            VARCHAR(120)  NULL,
    password_hash    VARCHAR(255)  NULL,
    created_by       BIGINT        NOT NULL,
    -- the name as it was, so the list reads the same after a user is renamed or leaves
    created_by_name  VARCHAR(200)  NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    expires_at       DATETIME(6)   NOT NULL,
    revoked_at       DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_share_link_token (token_hash),
    UNIQUE KEY uk_share_link_tenant (agency_id, id),
    KEY ix_share_link_workspace (agency_id, workspace_id, created_at),
    KEY ix_share_link_created_by (agency_id, created_by)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE share_view (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id      BIGINT        NOT NULL,
    share_link_id  BIGINT        NOT NULL,
    viewed_at      DATETIME(6)   NOT NULL,
    -- IPv4 cut to /24, IPv6 to /48: enough to tell networks apart, not a person's address
    address        VARCHAR(64)   NOT NULL,
    user_agent     VARCHAR(120)  NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    KEY ix_share_view_link (agency_id, share_link_id, viewed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE share_link ADD CONSTRAINT fk_share_link_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE share_link ADD CONSTRAINT fk_share_link_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
ALTER TABLE share_link ADD CONSTRAINT fk_share_link_created_by_tenant
    FOREIGN KEY (agency_id, created_by) REFERENCES user_account (agency_id, id);

ALTER TABLE share_view ADD CONSTRAINT fk_share_view_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE share_view ADD CONSTRAINT fk_share_view_link_tenant
    FOREIGN KEY (agency_id, share_link_id) REFERENCES share_link (agency_id, id);
