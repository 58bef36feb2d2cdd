package app.goalpost.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * Published (synchronously, in the adopting user's transaction) when a goal scenario becomes the plan of record
 * of its workspace for a period. The KPI feature listens: with {@code createKpis} it creates one cumulative KPI
 * per stage target (or updates the ones already linked to this scenario), so the plan is tracked day by day.
 * Lives with its publisher, the scenario feature; the KPI feature depends on it, never the other way round.
 *
 * @param supersededScenarioIds the plans of record this adoption replaced (their periods overlapped): their tracking
 *                              KPIs now track this plan (a re-plan changes the targets the team already follows
 *                              instead of starting a second set of KPIs)
 */
public record PlanAdopted(long workspaceId, long scenarioId, String scenarioName, LocalDate periodStart,
        LocalDate periodEnd, List<StageTarget> targets, boolean createKpis, List<Long> supersededScenarioIds) {

    public PlanAdopted {
        targets = List.copyOf(targets);
        supersededScenarioIds = List.copyOf(supersededScenarioIds);
    }

    /** An adoption that replaced no other plan of record. */
    public PlanAdopted(long workspaceId, long scenarioId, String scenarioName, LocalDate periodStart,
            LocalDate periodEnd, List<StageTarget> targets, boolean createKpis) {
        this(workspaceId, scenarioId, scenarioName, periodStart, periodEnd, targets, createKpis, List.of());
    }

    /** A planned volume for one funnel stage over the period; {@code wholeUnits} is the rounded-up target. */
    public record StageTarget(String stageName, String stageKey, double plannedVolume, long wholeUnits) {
    }
}
