package app.goalpost.review;

/** Why a person says the goals must be reviewed now. Data-detected triggers are not recorded this way. */
public enum TriggerKind {
    AUDIENCE_CHANGED,
    BUSINESS_GOAL_CHANGED,
    AD_COSTS_RISING,
    /** Free text: the reason is required. */
    OTHER
}
