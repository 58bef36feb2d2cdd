package app.goalpost.review;

import app.goalpost.planning.DateRange;
import app.goalpost.planning.pacing.PacingResult;
import app.goalpost.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a review needs from the KPI feature, implemented there: the KPI feature already depends on this one (the
 * dashboard's "review due" line), so the review asks through this interface instead of depending back on it (no
 * feature cycle, like {@link app.goalpost.workspace.MemberDirectory}). Both calls check VIEW of the workspace.
 */
public interface KpiFacts {

    /** Every active KPI of the workspace paced on its today, in name order. */
    List<KpiStanding> standings(WorkspaceId workspaceId);

    /**
     * Per funnel-stage key, what the stage KPIs (cumulative counts carrying the stage's key, archived ones included:
     * an old plan's KPIs hold the stage's history) measured in {@code range}.
     */
    StageVolumes stageVolumes(WorkspaceId workspaceId, DateRange range);

    /**
     * A KPI and its pacing from the engine (status, pace, projection).
     *
     * @param kind how its status reads: OUTCOME (ahead/behind), COST (a CPA) or BUDGET (spend), as on the KPI pages
     */
    record KpiStanding(long kpiId, String name, boolean cumulative, String kind, PacingResult result) {
    }

    /**
     * Measured stage volumes. A day counts once per stage even when two KPIs of the stage both hold a value for it
     * (an old plan's KPI and its successor): the active, then the newer KPI wins.
     */
    record StageVolumes(DateRange range, Map<String, StageTotal> byStageKey) {

        public StageVolumes {
            byStageKey = Map.copyOf(byStageKey);
        }

        public Optional<StageTotal> of(String stageKey) {
            return Optional.ofNullable(byStageKey.get(stageKey));
        }
    }

    /** @param first the first day with a value, {@code last} the last one */
    record StageTotal(BigDecimal total, int daysWithData, LocalDate first, LocalDate last) {
    }
}
