package app.goalpost.planning.pacing;

/** Status of a KPI on a date. "Ahead" always means better than planned, also for lower-is-better KPIs. */
public enum PacingStatus {
    /** The date is before the period starts. */
    NOT_STARTED,
    /** No actuals yet in the period (up to the date): valid, and said so rather than reported as "behind". */
    NO_DATA,
    AHEAD,
    ON_TRACK,
    BEHIND
}
