-- Goal-setting sessions (issue 11): a facilitator (agency staff) runs a session on one workspace; everyone who sees
-- the workspace joins; notes and decisions are edited live; ending the session leaves the record. Same SQL subset
-- as V1 (H2 MODE=MySQL and MySQL 8 / MariaDB). Children reference their parents by (agency_id, parent_id) like V7.

CREATE TABLE goal_session (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id             BIGINT        NOT NULL,
    workspace_id          BIGINT        NOT NULL,
    -- equals workspace_id while the session runs, null once it ended: the unique key allows one open session
    -- per workspace (several nulls are allowed by MySQL and H2)
    open_workspace_id     BIGINT        NULL,
    title                 VARCHAR(200)  NOT NULL,
    facilitator_id        BIGINT        NOT NULL,
    -- names as they were, so the record reads the same after a user is renamed or leaves
    facilitator_name      VARCHAR(200)  NOT NULL,
    started_at            DATETIME(6)   NOT NULL,
    ended_at              DATETIME(6)   NULL,
    -- the agenda steps ticked, comma-separated AgendaStep names
    agenda_done           VARCHAR(200)  NOT NULL DEFAULT '',
    -- the scenario adopted as plan of record while the session ran
    adopted_scenario_id   BIGINT        NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_goal_session_tenant (agency_id, id),
    UNIQUE KEY uk_goal_session_open (agency_id, open_workspace_id),
    KEY ix_goal_session_workspace (agency_id, workspace_id, started_at),
    KEY ix_goal_session_facilitator (agency_id, facilitator_id),
    KEY ix_goal_session_adopted (agency_id, adopted_scenario_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The shared notes: their own row and version, so ticking the agenda or a decision never conflicts with typing.
CREATE TABLE goal_session_notes (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id         BIGINT        NOT NULL,
    session_id        BIGINT        NOT NULL,
    notes             TEXT          NULL,
    updated_by        BIGINT        NULL,
    updated_by_name   VARCHAR(200)  NULL,
    updated_at        DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_goal_session_notes_session (agency_id, session_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE goal_session_decision (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id         BIGINT        NOT NULL,
    session_id        BIGINT        NOT NULL,
    decision_text     VARCHAR(500)  NOT NULL,
    author_name       VARCHAR(200)  NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    KEY ix_goal_session_decision_session (agency_id, session_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE goal_session_participant (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id         BIGINT        NOT NULL,
    session_id        BIGINT        NOT NULL,
    user_id           BIGINT        NOT NULL,
    user_name         VARCHAR(200)  NOT NULL,
    joined_at         DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_goal_session_participant (agency_id, session_id, user_id),
    KEY ix_goal_session_participant_user (agency_id, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Scenarios opened, compared, edited or adopted while the session ran (name as it was when the session ended).
CREATE TABLE goal_session_scenario (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id         BIGINT        NOT NULL,
    session_id        BIGINT        NOT NULL,
    scenario_id       BIGINT        NOT NULL,
    baseline_id       BIGINT        NOT NULL,
    scenario_name     VARCHAR(200)  NOT NULL,
    first_seen_at     DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_goal_session_scenario (agency_id, session_id, scenario_id),
    KEY ix_goal_session_scenario_scenario (agency_id, scenario_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE goal_session ADD CONSTRAINT fk_goal_session_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE goal_session ADD CONSTRAINT fk_goal_session_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
ALTER TABLE goal_session ADD CONSTRAINT fk_goal_session_facilitator_tenant
    FOREIGN KEY (agency_id, facilitator_id) REFERENCES user_account (agency_id, id);
ALTER TABLE goal_session ADD CONSTRAINT fk_goal_session_adopted_tenant
    FOREIGN KEY (agency_id, adopted_scenario_id) REFERENCES scenario (agency_id, id);

ALTER TABLE goal_session_notes ADD CONSTRAINT fk_goal_session_notes_session_tenant
    FOREIGN KEY (agency_id, session_id) REFERENCES goal_session (agency_id, id);
ALTER TABLE goal_session_decision ADD CONSTRAINT fk_goal_session_decision_session_tenant
    FOREIGN KEY (agency_id, session_id) REFERENCES goal_session (agency_id, id);
ALTER TABLE goal_session_participant ADD CONSTRAINT fk_goal_session_participant_session_tenant
    FOREIGN KEY (agency_id, session_id) REFERENCES goal_session (agency_id, id);
ALTER TABLE goal_session_participant ADD CONSTRAINT fk_goal_session_participant_user_tenant
    FOREIGN KEY (agency_id, user_id) REFERENCES user_account (agency_id, id);
ALTER TABLE goal_session_scenario ADD CONSTRAINT fk_goal_session_scenario_session_tenant
    FOREIGN KEY (agency_id, session_id) REFERENCES goal_session (agency_id, id);
ALTER TABLE goal_session_scenario ADD CONSTRAINT fk_goal_session_scenario_scenario_tenant
    FOREIGN KEY (agency_id, scenario_id) REFERENCES scenario (agency_id, id);
