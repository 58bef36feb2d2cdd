package app.goalpost.webhook;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its next attempt (the first, or a retry after a failure). */
    PENDING,
    /** The endpoint answered 2xx. */
    SUCCEEDED,
    /** Every attempt of the retry schedule failed; only a re-send tries again. */
    FAILED
}
