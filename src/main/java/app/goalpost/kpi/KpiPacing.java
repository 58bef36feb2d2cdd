package app.goalpost.kpi;

import app.goalpost.planning.pacing.PacingResult;
import app.goalpost.planning.pacing.PacingSeries;
import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.planning.pacing.TargetTimeline;
import java.util.List;

/**
 * A KPI with its pacing on the workspace's today, and the whole-period chart series, both from the engine, with
 * the recorded target changes that fall in its period ({@code steps}, oldest first) and the timeline they make,
 * so the charts judge each day against the target valid then.
 */
public record KpiPacing(KpiSummary kpi, PacingResult result, PacingSeries series, List<TargetStep> steps,
        TargetTimeline targets) {

    public KpiPacing {
        steps = List.copyOf(steps);
    }

    /** Pacing without recorded target changes: every day is judged against the current target. */
    public KpiPacing(KpiSummary kpi, PacingResult result, PacingSeries series) {
        this(kpi, result, series, List.of(), TargetTimeline.none());
    }

    public PacingStatus status() {
        return result.status();
    }
}
