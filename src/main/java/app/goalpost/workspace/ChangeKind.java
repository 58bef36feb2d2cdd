package app.goalpost.workspace;

/** What a {@link WorkspaceChanged} event is about; the subject id names a row of that kind (0 when none). */
public enum ChangeKind {
    /** The workspace's own settings (name, currency, stage, archive). Subject: the workspace. */
    WORKSPACE,
    /** The list of funnel stages (added, renamed, moved, removed). Subject: the stage, or 0. */
    STAGES,
    /** A baseline's values or which baseline is current. Subject: the baseline. */
    BASELINE,
    /** A scenario was created, edited or duplicated. Subject: the scenario. */
    SCENARIO,
    /** A scenario became the plan of record. Subject: the scenario. */
    PLAN_ADOPTED,
    /** A KPI's definition: name, period, tolerance, archive. Subject: the KPI. */
    KPI,
    /** A KPI's target (goal value) changed. Subject: the KPI. */
    TARGET,
    /** Actuals were entered or imported. Subject: the KPI, or 0 when several KPIs took rows. */
    ACTUALS,
    /** Review policy, trigger or review outcome. Subject: the review row, or 0. */
    REVIEW,
    /** A note on a KPI's timeline was added, edited or deleted. Subject: the KPI. */
    ANNOTATION
}
