package app.goalpost.kpi;

/** How actuals are entered: one value per day, or one per week (Monday to Sunday, clipped to the period). */
public enum Granularity {
    DAY,
    WEEK
}
