-- Sign-in and sign-up throttling counters, kept in the database so that every application node counts the
-- same failures (docs/decisions/0003). Not agency-owned: these events happen before anyone is signed in.
-- The bucket is a SHA-256 (hex) of its key (an account id, a typed name or a client address), so typed
-- e-mails and addresses are not stored in clear and every key has the same small size.
-- occurred_at is epoch milliseconds: no time-zone conversion between nodes, H2 and MySQL.
CREATE TABLE throttle_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    bucket_hash  CHAR(64) NOT NULL,
    occurred_at  BIGINT   NOT NULL,
    KEY ix_throttle_event_bucket (bucket_hash, occurred_at),
    KEY ix_throttle_event_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
