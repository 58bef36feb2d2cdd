package app.goalpost.portfolio;

/** Orders of the portfolio; each is done by the database over every workspace the user may see. */
public enum PortfolioSort {
    /** Behind first, then by how many KPIs are behind and how far the worst one is below plan, then by name. */
    RISK,
    NAME,
    NAME_DESCENDING,
    /** Most recent save first. */
    LAST_ACTIVITY,
    /** Soonest review first (overdue ones first of all). */
    REVIEW_DUE
}
