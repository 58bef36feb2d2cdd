package app.goalpost.portfolio;

/**
 * A workspace's overall status, from its active KPIs' statuses: behind when at least one KPI is behind; ahead when
 * every tracked KPI is ahead; on track when KPIs are tracked and none is behind; no data when no KPI has actuals in
 * its period yet (KPIs not started count as no data). The order is the risk order, most at risk first.
 */
public enum PortfolioStatus {
    BEHIND, ON_TRACK, AHEAD, NO_DATA;

    /** 0 for behind … 3 for no data: the stored sort key of the risk order. */
    public int riskRank() {
        return ordinal();
    }
}
