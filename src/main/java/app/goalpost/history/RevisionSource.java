package app.goalpost.history;

/** Who made a change: a person in a form, an adopted plan, the actuals API, or the system (a job). */
public enum RevisionSource {
    USER,
    PLAN,
    API,
    SYSTEM
}
