-- Comments and alerts (issue 12): comment threads on a KPI, a scenario or a review, the people they mention,
-- in-app notifications with their e-mail state, per-user delivery preferences, and the two "once only" marks of
-- the scheduled jobs (a review that became due, a user's daily digest). Same SQL subset as V1; children reference
-- their parents by (agency_id, parent_id) like V7.

CREATE TABLE comment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id     BIGINT        NOT NULL,
    workspace_id  BIGINT        NOT NULL,
    -- KPI, SCENARIO or REVIEW; subject_id is that row's id inside the workspace
    subject_kind  VARCHAR(16)   NOT NULL,
    subject_id    BIGINT        NOT NULL,
    author_id     BIGINT        NOT NULL,
    -- the name as it was, so a thread reads the same after a user is renamed or leaves
    author_name   VARCHAR(200)  NOT NULL,
    body          TEXT          NOT NULL,
    -- staff only: never read for a client user, counts included
    internal      BOOLEAN       NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    edited_at     DATETIME(6)   NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_comment_tenant (agency_id, id),
    KEY ix_comment_subject (agency_id, workspace_id, subject_kind, subject_id, id),
    KEY ix_comment_author (agency_id, author_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE comment_mention (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id   BIGINT  NOT NULL,
    comment_id  BIGINT  NOT NULL,
    user_id     BIGINT  NOT NULL,
    version     BIGINT  NOT NULL DEFAULT 0,
    UNIQUE KEY uk_comment_mention (agency_id, comment_id, user_id),
    KEY ix_comment_mention_user (agency_id, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE notification (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id     BIGINT        NOT NULL,
    user_id       BIGINT        NOT NULL,
    workspace_id  BIGINT        NOT NULL,
    -- MENTIONED, REVIEW_DUE, TRIGGER_RAISED, KPI_BEHIND
    kind          VARCHAR(24)   NOT NULL,
    -- written in the recipient's language when it was created
    title         VARCHAR(600)  NOT NULL,
    -- the app path it opens, e.g. w/12/kpis/40
    link          VARCHAR(300)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    read_at       DATETIME(6)   NULL,
    -- NONE (no mail), SENT (mailed at once), PENDING (waits for the digest), DIGESTED
    mail_state    VARCHAR(12)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    KEY ix_notification_user (agency_id, user_id, id),
    KEY ix_notification_unread (agency_id, user_id, read_at),
    KEY ix_notification_mail (agency_id, mail_state, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE notify_preference (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id  BIGINT       NOT NULL,
    user_id    BIGINT       NOT NULL,
    kind       VARCHAR(24)  NOT NULL,
    -- OFF, IMMEDIATE or DIGEST (e-mail only; the bell always shows the notification)
    delivery   VARCHAR(12)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_notify_preference (agency_id, user_id, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- a scheduled review date already announced: the daily check inserts first, a second node or run is refused
CREATE TABLE notify_review_due (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id     BIGINT       NOT NULL,
    workspace_id  BIGINT       NOT NULL,
    due_date      DATE         NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_notify_review_due (agency_id, workspace_id, due_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- a user's digest of one (UTC) day: claimed before the mail goes out, so two runs send it once
CREATE TABLE notify_digest (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id    BIGINT       NOT NULL,
    user_id      BIGINT       NOT NULL,
    digest_date  DATE         NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_notify_digest (agency_id, user_id, digest_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE comment ADD CONSTRAINT fk_comment_agency FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE comment ADD CONSTRAINT fk_comment_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
ALTER TABLE comment ADD CONSTRAINT fk_comment_author_tenant
    FOREIGN KEY (agency_id, author_id) REFERENCES user_account (agency_id, id);
ALTER TABLE comment_mention ADD CONSTRAINT fk_comment_mention_comment_tenant
    FOREIGN KEY (agency_id, comment_id) REFERENCES comment (agency_id, id);
ALTER TABLE comment_mention ADD CONSTRAINT fk_comment_mention_user_tenant
    FOREIGN KEY (agency_id, user_id) REFERENCES user_account (agency_id, id);
ALTER TABLE notification ADD CONSTRAINT fk_notification_user_tenant
    FOREIGN KEY (agency_id, user_id) REFERENCES user_account (agency_id, id);
ALTER TABLE notification ADD CONSTRAINT fk_notification_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
ALTER TABLE notify_preference ADD CONSTRAINT fk_notify_preference_user_tenant
    FOREIGN KEY (agency_id, user_id) REFERENCES user_account (agency_id, id);
ALTER TABLE notify_review_due ADD CONSTRAINT fk_notify_review_due_workspace_tenant
    FOREIGN KEY (agency_id, workspace_id) REFERENCES workspace (agency_id, id);
ALTER TABLE notify_digest ADD CONSTRAINT fk_notify_digest_user_tenant
    FOREIGN KEY (agency_id, user_id) REFERENCES user_account (agency_id, id);
