package app.goalpost.workspace;

/** The client's company stage; it decides which baseline method the product proposes (Method step 1 (docs/method.md)). */
public enum CompanyStage {
    /** No history: industry benchmarks plus the planned budget. */
    STARTUP,
    /** Hypergrowth: the previous month or quarter, less affected by seasonality. */
    SCALE_UP,
    /** Small year-on-year gains: the same period last year, to account for seasonality. */
    ESTABLISHED
}
