package app.goalpost.portfolio;

import app.goalpost.kpi.KpiKind;
import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.workspace.CompanyStage;
import app.goalpost.workspace.Industry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One workspace of the portfolio, with its status as last computed for the client's today.
 *
 * @param id           the workspace id
 * @param worst        the tracked KPI furthest below its plan, if any KPI is tracked
 * @param main         the main goal KPI (see {@link MainGoal}), if the workspace has one
 * @param reviewDue    the day the next goal review is due (brought forward by open triggers)
 * @param lastActivity the last committed save in the workspace, or its creation
 * @param managers     display names of the account managers assigned to it, by name
 */
public record PortfolioRow(long id, String name, Industry industry, CompanyStage stage, boolean archived,
        PortfolioStatus status, int behind, int onTrack, int ahead, int noData, Optional<WorstKpi> worst,
        Optional<MainGoal> main, Optional<LocalDate> reviewDue, boolean reviewOverdue, Instant lastActivity,
        List<String> managers) {

    public PortfolioRow {
        managers = List.copyOf(managers);
    }

    public PortfolioRow withManagers(List<String> names) {
        return new PortfolioRow(id, name, industry, stage, archived, status, behind, onTrack, ahead, noData, worst,
                main, reviewDue, reviewOverdue, lastActivity, names);
    }

    /**
     * @param ratio achieved against the expected share (for level KPIs the value against the target): 0.8 is 80 %
     *              of plan; for lower-is-better KPIs above 1 is worse
     */
    public record WorstKpi(long kpiId, String name, KpiKind kind, PacingStatus status, double ratio) {
    }

    /**
     * The main goal KPI: the active KPI that tracks the last stage of the plan of record (the adopted scenario whose
     * period holds the client's today, else the one adopted last), else the first outcome KPI by name.
     *
     * @param projection the value expected at the period's end as a share of the target, when there are actuals
     */
    public record MainGoal(long kpiId, String name, PacingStatus status, Optional<Double> projection) {
    }
}
