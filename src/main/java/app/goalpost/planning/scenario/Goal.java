package app.goalpost.planning.scenario;

import app.goalpost.planning.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A goal on one stage (usually the last). With {@code wholeUnits} (the default) the solvers plan for the target
 * rounded up to whole units (20.7 → 21 deals); otherwise for the exact figure. Both figures are always reported.
 */
public record Goal(int stage, GoalTarget target, boolean wholeUnits) {

    public Goal {
        Objects.requireNonNull(target, "target");
        if (stage < 0) {
            throw new IllegalArgumentException("negative goal stage: " + stage);
        }
    }

    /** +15% is {@code relative(stage, "0.15")}. */
    public static Goal relative(int stage, String change) {
        return new Goal(stage, new GoalTarget.Relative(new BigDecimal(change)), true);
    }

    /** +15% is {@code percentChange(stage, 15)}. */
    public static Goal percentChange(int stage, BigDecimal percent) {
        return new Goal(stage, new GoalTarget.Relative(percent.movePointLeft(2)), true);
    }

    public static Goal absolute(int stage, BigDecimal units) {
        return new Goal(stage, new GoalTarget.Absolute(units), true);
    }

    public static Goal revenue(int stage, Money revenue, Money averageDealValue) {
        return new Goal(stage, new GoalTarget.Revenue(revenue, averageDealValue), true);
    }

    /** The same goal planned for the exact (unrounded) figure. */
    public Goal exact() {
        return new Goal(stage, target, false);
    }
}
