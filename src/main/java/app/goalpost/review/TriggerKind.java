package app.goalpost.review;

import java.util.Arrays;
import java.util.List;

/**
 * Why the goals must be reviewed now: said by a person (the first four), or detected from the data by
 * {@link TriggerDetectionService} (the last two, never recorded by hand).
 */
public enum TriggerKind {
    AUDIENCE_CHANGED,
    BUSINESS_GOAL_CHANGED,
    AD_COSTS_RISING,
    /** Free text: the reason is required. */
    OTHER,
    /** Detected: a cost (a CPA KPI, or spend per result) worse than the plan by more than the threshold for N days. */
    CPA_ABOVE_PLAN,
    /** Detected: a KPI behind (the pacing status) on each of the last N days. */
    KPI_BEHIND;

    public boolean detected() {
        return this == CPA_ABOVE_PLAN || this == KPI_BEHIND;
    }

    /** The kinds a person may record. */
    public static List<TriggerKind> recordable() {
        return Arrays.stream(values()).filter(k -> !k.detected()).toList();
    }
}
