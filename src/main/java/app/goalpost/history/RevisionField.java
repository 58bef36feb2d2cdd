package app.goalpost.history;

/**
 * The changed field. Values are stored as plain text: TARGET and TOLERANCE a decimal (the tolerance a fraction),
 * PERIOD {@code start/end} ISO dates, GOAL the goal as the scenario page states it, PLAN_OF_RECORD a scenario name
 * (empty when none).
 */
public enum RevisionField {
    TARGET,
    PERIOD,
    TOLERANCE,
    GOAL,
    PLAN_OF_RECORD
}
