package app.goalpost.history;

/** What kind of row a revision is about; its id is always read within the workspace. */
public enum RevisionSubject {
    KPI,
    SCENARIO
}
