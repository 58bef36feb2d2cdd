package app.goalpost.kpi;

import app.goalpost.planning.pacing.PacingResult;
import app.goalpost.planning.pacing.PacingSeries;
import app.goalpost.planning.pacing.PacingStatus;

/** A KPI with its pacing on the workspace's today, and the whole-period chart series, both from the engine. */
public record KpiPacing(KpiSummary kpi, PacingResult result, PacingSeries series) {

    public PacingStatus status() {
        return result.status();
    }
}
