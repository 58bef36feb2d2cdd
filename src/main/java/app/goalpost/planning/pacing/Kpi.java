package app.goalpost.planning.pacing;

import app.goalpost.planning.DateRange;
import java.util.Objects;
import java.util.Optional;

/**
 * A KPI to pace. Values are doubles: pacing works in ratios (share of goal, share of period), and the app
 * converts stored money amounts once at the boundary; no money arithmetic happens here.
 *
 * @param target    goal for the period (cumulative: total to reach; level: value to hold), must be &gt; 0
 * @param tolerance relative band around "on track" (0.05 = ±5%)
 * @param stageKey  optional link to a funnel stage (benchmark key or the app's stage id)
 */
public record Kpi(String name, Unit unit, Direction direction, Aggregation aggregation, double target,
                  DateRange period, double tolerance, Optional<String> stageKey) {

    public static final double DEFAULT_TOLERANCE = 0.05;

    public enum Unit { COUNT, MONEY, PERCENT }

    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER }

    /** Cumulative: leads, deals (sum of actuals). Level: a rate or a CPA (latest value). */
    public enum Aggregation { CUMULATIVE, LEVEL }

    public Kpi {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(stageKey, "stageKey");
        if (!(target > 0) || !Double.isFinite(target)) {
            throw new IllegalArgumentException("target must be > 0: " + target);
        }
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be within [0, 1): " + tolerance);
        }
    }

    /** A higher-is-better cumulative count (leads, deals) with the default tolerance. */
    public static Kpi cumulative(String name, double target, DateRange period) {
        return new Kpi(name, Unit.COUNT, Direction.HIGHER_IS_BETTER, Aggregation.CUMULATIVE, target, period,
                DEFAULT_TOLERANCE, Optional.empty());
    }

    /** A level KPI (conversion rate, CPA) with the default tolerance. */
    public static Kpi level(String name, Unit unit, Direction direction, double target, DateRange period) {
        return new Kpi(name, unit, direction, Aggregation.LEVEL, target, period, DEFAULT_TOLERANCE, Optional.empty());
    }

    public Kpi withTolerance(double newTolerance) {
        return new Kpi(name, unit, direction, aggregation, target, period, newTolerance, stageKey);
    }

    public Kpi withDirection(Direction newDirection) {
        return new Kpi(name, unit, newDirection, aggregation, target, period, tolerance, stageKey);
    }

    public Kpi withUnit(Unit newUnit) {
        return new Kpi(name, newUnit, direction, aggregation, target, period, tolerance, stageKey);
    }

    public Kpi withStageKey(String key) {
        return new Kpi(name, unit, direction, aggregation, target, period, tolerance, Optional.of(key));
    }
}
