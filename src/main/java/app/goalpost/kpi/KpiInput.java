package app.goalpost.kpi;

import app.goalpost.planning.pacing.Kpi;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a user enters for a KPI. Percent KPIs hold percentage points (3.5 means 3.5%), as typed, for targets and
 * actuals alike; the tolerance is a fraction (0.05 = ±5%). Any part may be missing: {@link KpiService} refuses
 * it field by field.
 */
public record KpiInput(String name, Kpi.Unit unit, Kpi.Direction direction, Kpi.Aggregation aggregation,
        BigDecimal target, LocalDate periodStart, LocalDate periodEnd, BigDecimal tolerance,
        Optional<String> stageKey) {

    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.05");

    /** A higher-is-better cumulative count over a period with the default tolerance (leads, deals). */
    public static KpiInput count(String name, long target, LocalDate start, LocalDate end) {
        return new KpiInput(name, Kpi.Unit.COUNT, Kpi.Direction.HIGHER_IS_BETTER, Kpi.Aggregation.CUMULATIVE,
                BigDecimal.valueOf(target), start, end, DEFAULT_TOLERANCE, Optional.empty());
    }

    /** Money to spend over a period, judged against its planned pace: spending more is over budget. */
    public static KpiInput budget(String name, BigDecimal amount, LocalDate start, LocalDate end) {
        return new KpiInput(name, Kpi.Unit.MONEY, Kpi.Direction.LOWER_IS_BETTER, Kpi.Aggregation.CUMULATIVE,
                amount, start, end, DEFAULT_TOLERANCE, Optional.empty());
    }

    public KpiInput withStageKey(String key) {
        return new KpiInput(name, unit, direction, aggregation, target, periodStart, periodEnd, tolerance,
                Optional.ofNullable(key));
    }

    public KpiInput withName(String newName) {
        return new KpiInput(newName, unit, direction, aggregation, target, periodStart, periodEnd, tolerance,
                stageKey);
    }
}
