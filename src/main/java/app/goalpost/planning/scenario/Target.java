package app.goalpost.planning.scenario;

import app.goalpost.planning.Money;
import app.goalpost.planning.Units;
import app.goalpost.planning.funnel.Funnel;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A goal resolved against a baseline: the exact figure (18 × 1.15 = 20.7), the whole-unit figure rounded up (21),
 * and the one the plan is built for. Computed in BigDecimal so the rounding is never fooled by binary noise.
 */
public record Target(int stage, String stageName, double baseline, BigDecimal exact, BigDecimal whole,
                     boolean wholeUnits) {

    public static Target resolve(Funnel funnel, Goal goal) {
        if (goal.stage() >= funnel.size()) {
            throw new IllegalArgumentException("goal stage " + goal.stage() + " outside a funnel of " + funnel.size());
        }
        double base = funnel.volume(goal.stage());
        BigDecimal exact = switch (goal.target()) {
            case GoalTarget.Relative r -> BigDecimal.valueOf(base).multiply(BigDecimal.ONE.add(r.change()));
            case GoalTarget.Absolute a -> a.units();
            case GoalTarget.Revenue rv -> rv.revenue().amount().divide(rv.averageDealValue().amount(), Money.MC);
        };
        // A huge goal (1e400) is a valid BigDecimal but Infinity as a double: refuse it like any other bad input.
        if (exact.compareTo(BigDecimal.valueOf(Units.MAX_VOLUME)) > 0) {
            throw new IllegalArgumentException("goal of " + exact.toString() + " " + funnel.stage(goal.stage()).name()
                    + " is above " + Units.MAX_VOLUME);
        }
        // exact is 0 only for a relative goal on a zero baseline; the planner reports that as NO_BASELINE_OUTPUT
        BigDecimal whole = exact.setScale(0, RoundingMode.CEILING);
        return new Target(goal.stage(), funnel.stage(goal.stage()).name(), base, exact.stripTrailingZeros(),
                whole, goal.wholeUnits());
    }

    /** The figure the plan reaches: whole units by default, else the exact figure. */
    public BigDecimal planned() {
        return wholeUnits ? whole : exact;
    }

    public double plannedValue() {
        return planned().doubleValue();
    }

    /** True when rounding up changed the figure (the UI must then show both). */
    public boolean rounded() {
        return whole.compareTo(exact) != 0;
    }

    /** Required output multiplier on the goal stage; only meaningful when the baseline is &gt; 0. */
    public double multiplier() {
        return plannedValue() / baseline;
    }
}
