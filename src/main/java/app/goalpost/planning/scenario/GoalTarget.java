package app.goalpost.planning.scenario;

import app.goalpost.planning.Money;
import java.math.BigDecimal;
import java.util.Objects;

/** How the user states a goal on one stage. Decimal inputs, so "+15%" of 18 is exactly 20.7. */
public sealed interface GoalTarget {

    /** Relative change as a fraction: 0.15 = +15%, −0.1 = −10%. */
    record Relative(BigDecimal change) implements GoalTarget {
        public Relative {
            Objects.requireNonNull(change, "change");
            if (change.compareTo(BigDecimal.ONE.negate()) <= 0) {
                throw new IllegalArgumentException("a change of " + change + " leaves nothing to plan for");
            }
        }
    }

    /** An absolute number of units on the stage (e.g. 21 customers). */
    record Absolute(BigDecimal units) implements GoalTarget {
        public Absolute {
            Objects.requireNonNull(units, "units");
            if (units.signum() <= 0) {
                throw new IllegalArgumentException("target must be > 0: " + units);
            }
        }
    }

    /** A revenue goal: units = revenue / average deal value (same currency). */
    record Revenue(Money revenue, Money averageDealValue) implements GoalTarget {
        public Revenue {
            Objects.requireNonNull(revenue, "revenue");
            Objects.requireNonNull(averageDealValue, "averageDealValue");
            if (!revenue.currency().equals(averageDealValue.currency())) {
                throw new IllegalArgumentException("revenue and deal value must share a currency");
            }
            if (revenue.signum() <= 0 || averageDealValue.signum() <= 0) {
                throw new IllegalArgumentException("revenue and average deal value must be > 0");
            }
        }
    }
}
