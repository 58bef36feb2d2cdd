package app.goalpost.review;

/**
 * When the data raises a trigger in a workspace (docs/decisions/0021): a cost worse than the plan by more than
 * {@code cpaOverPercent} % on each of {@code cpaDays} consecutive days, or a KPI behind on each of
 * {@code behindDays} consecutive days.
 */
public record DetectionThresholds(int cpaOverPercent, int cpaDays, int behindDays) {

    public static final int MIN_PERCENT = 1;
    public static final int MAX_PERCENT = 500;
    public static final int MIN_DAYS = 1;
    /** A quarter: a run of days never spans more than one KPI period of a quarterly plan. */
    public static final int MAX_DAYS = 92;

    /** What a workspace without saved thresholds uses: 15 % over plan for 7 days; behind for 14 days. */
    public static DetectionThresholds defaults() {
        return new DetectionThresholds(15, 7, 14);
    }
}
