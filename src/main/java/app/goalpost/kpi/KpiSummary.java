package app.goalpost.kpi;

import app.goalpost.planning.DateRange;
import app.goalpost.planning.pacing.Kpi;
import java.math.BigDecimal;
import java.util.Optional;

/** A KPI as views see it; {@link #engineKpi()} is what the planning engine paces. */
public record KpiSummary(long id, long workspaceId, String name, Kpi.Unit unit, Kpi.Direction direction,
        Kpi.Aggregation aggregation, BigDecimal target, DateRange period, BigDecimal tolerance,
        Optional<String> stageKey, Optional<Long> sourceScenarioId, boolean archived, long version) {

    public Kpi engineKpi() {
        return new Kpi(name, unit, direction, aggregation, target.doubleValue(), period, tolerance.doubleValue(),
                stageKey);
    }

    public KpiInput toInput() {
        return new KpiInput(name, unit, direction, aggregation, target, period.start(), period.end(), tolerance,
                stageKey);
    }

    public KpiKind kind() {
        return KpiKind.of(unit, direction, aggregation);
    }

    public boolean cumulative() {
        return aggregation == Kpi.Aggregation.CUMULATIVE;
    }
}
