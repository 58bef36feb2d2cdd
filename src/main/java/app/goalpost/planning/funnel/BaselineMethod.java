package app.goalpost.planning.funnel;

/**
 * The three baseline methods of the method (step 1), with the company profile each one suits.
 */
public enum BaselineMethod {
    /** Own data from the previous month or quarter: hypergrowth, less affected by seasonality. */
    OWN_PREVIOUS_PERIOD,
    /** Own data from the same period last year: small year-on-year gains, seasonality matters. */
    SAME_PERIOD_LAST_YEAR,
    /** Industry benchmarks plus the planned budget: startups without history. */
    BENCHMARKS_AND_BUDGET;

    public enum CompanyProfile { STARTUP, SCALE_UP, ESTABLISHED }

    /** The method's recommendation; the user may pick any method. */
    public static BaselineMethod recommendedFor(CompanyProfile profile) {
        return switch (profile) {
            case STARTUP -> BENCHMARKS_AND_BUDGET;
            case SCALE_UP -> OWN_PREVIOUS_PERIOD;
            case ESTABLISHED -> SAME_PERIOD_LAST_YEAR;
        };
    }
}
