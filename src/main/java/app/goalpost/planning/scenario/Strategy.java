package app.goalpost.planning.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Which levers a plan may move. The required output multiplier M (target / baseline on the goal stage) is the
 * product of the volume multiplier and the multipliers of every rate upstream of the goal stage.
 */
public sealed interface Strategy {

    /** (1) Move one step's rate by the whole multiplier; everything else holds. */
    record OneRate(int step) implements Strategy {
    }

    /** (2) Buy more top-of-funnel volume at the current CPA of the first stage; every rate holds. */
    record TopVolume() implements Strategy {
    }

    /**
     * (3) Move several rates. Without weights: equal relative lift, each rate × M^(1/n) (geometric split). With
     * weights w: rate i × M^(w_i / Σw), i.e. the weights are shares of ln M, so the lifts multiply back to M.
     */
    record Rates(List<Integer> steps, List<Double> weights) implements Strategy {
        public Rates {
            steps = List.copyOf(steps);
            weights = List.copyOf(weights);
            validate(steps, weights);
        }

        public static Rates equalLift(List<Integer> steps) {
            return new Rates(steps, List.of());
        }
    }

    /**
     * (4) Mix of volume and rates. {@code volumeShare} s ∈ [0, 1] is the volume's share of ln M: volume × M^s and
     * the rates share M^(1−s) as in {@link Rates}. Example: M = 1.44, s = 0.5 → volume × 1.2, rates × 1.2 overall.
     * Shares of the log make "half by volume, half by rates" symmetric and exact, unlike shares of the increase.
     */
    record Mix(double volumeShare, List<Integer> steps, List<Double> weights) implements Strategy {
        public Mix {
            steps = List.copyOf(steps);
            weights = List.copyOf(weights);
            if (!(volumeShare >= 0 && volumeShare <= 1)) {
                throw new IllegalArgumentException("volume share must be within [0, 1]: " + volumeShare);
            }
            validate(steps, weights);
        }
    }

    private static void validate(List<Integer> steps, List<Double> weights) {
        Objects.requireNonNull(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("choose at least one step");
        }
        if (new HashSet<>(steps).size() != steps.size()) {
            throw new IllegalArgumentException("steps must be distinct: " + steps);
        }
        if (!weights.isEmpty()) {
            if (weights.size() != steps.size()) {
                throw new IllegalArgumentException("one weight per step expected");
            }
            for (double w : weights) {
                if (!(w > 0) || !Double.isFinite(w)) {
                    throw new IllegalArgumentException("weights must be > 0: " + weights);
                }
            }
        }
    }
}
