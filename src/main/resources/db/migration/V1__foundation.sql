-- Foundation schema: agencies (tenants), users, client workspaces, memberships, invitations.
-- Written in the SQL subset that both H2 (MODE=MySQL) and MySQL 8 accept (see ../shared/STACK.md).
-- Every agency-owned table carries agency_id NOT NULL, a foreign key to agency, and agency_id leads its indexes.

CREATE TABLE agency (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id      BIGINT       NOT NULL,
    email          VARCHAR(254) NOT NULL,
    display_name   VARCHAR(120) NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    active         BOOLEAN      NOT NULL,
    locale         VARCHAR(10)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    -- Sign-in happens before the tenant is known, so an email address is a global identity:
    -- the one deliberate index that does not start with agency_id (docs/decisions/0001).
    UNIQUE KEY uk_user_account_email (email),
    KEY ix_user_account_agency_role (agency_id, role)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE workspace (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id                BIGINT       NOT NULL,
    name                     VARCHAR(120) NOT NULL,
    industry                 VARCHAR(40)  NOT NULL,
    company_stage            VARCHAR(20)  NOT NULL,
    currency                 VARCHAR(3)   NOT NULL,
    time_zone                VARCHAR(60)  NOT NULL,
    fiscal_year_start_month  INT          NOT NULL,
    archived                 BOOLEAN      NOT NULL,
    created_at               DATETIME(6)  NOT NULL,
    version                  BIGINT       NOT NULL DEFAULT 0,
    KEY ix_workspace_agency_archived (agency_id, archived, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE workspace_member (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id     BIGINT      NOT NULL,
    workspace_id  BIGINT      NOT NULL,
    user_id       BIGINT      NOT NULL,
    access_level  VARCHAR(20) NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    UNIQUE KEY uk_workspace_member (agency_id, workspace_id, user_id),
    KEY ix_workspace_member_user (agency_id, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE workspace_visit (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id     BIGINT      NOT NULL,
    user_id       BIGINT      NOT NULL,
    workspace_id  BIGINT      NOT NULL,
    visited_at    DATETIME(6) NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    UNIQUE KEY uk_workspace_visit (agency_id, user_id, workspace_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE invitation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id       BIGINT       NOT NULL,
    email           VARCHAR(254) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    workspace_ids   VARCHAR(1000) NOT NULL,
    client_access   VARCHAR(20)  NULL,
    -- SHA-256 of the one-time token; the token itself is never stored. Looked up before sign-in, like email.
    token_hash      VARCHAR(64)  NOT NULL,
    invited_by      BIGINT       NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    accepted_at     DATETIME(6)  NULL,
    revoked         BOOLEAN      NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_invitation_token (token_hash),
    KEY ix_invitation_agency_email (agency_id, email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE user_account ADD CONSTRAINT fk_user_account_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE workspace ADD CONSTRAINT fk_workspace_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE workspace_member ADD CONSTRAINT fk_workspace_member_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE workspace_member ADD CONSTRAINT fk_workspace_member_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id);
ALTER TABLE workspace_member ADD CONSTRAINT fk_workspace_member_user FOREIGN KEY (user_id) REFERENCES user_account (id);
ALTER TABLE workspace_visit ADD CONSTRAINT fk_workspace_visit_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE workspace_visit ADD CONSTRAINT fk_workspace_visit_user FOREIGN KEY (user_id) REFERENCES user_account (id);
ALTER TABLE workspace_visit ADD CONSTRAINT fk_workspace_visit_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id);
ALTER TABLE invitation ADD CONSTRAINT fk_invitation_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE invitation ADD CONSTRAINT fk_invitation_inviter FOREIGN KEY (invited_by) REFERENCES user_account (id);
