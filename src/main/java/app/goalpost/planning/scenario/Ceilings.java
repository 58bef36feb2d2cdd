package app.goalpost.planning.scenario;

import app.goalpost.planning.benchmark.BenchmarkSet;
import app.goalpost.planning.benchmark.Point;
import app.goalpost.planning.funnel.Funnel;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The most each step's rate may reach in a plan: 100% always, lower where the user says so (e.g. the benchmark
 * high). A rate already above its ceiling at baseline (period lags) may stay there but cannot be raised.
 */
public record Ceilings(Map<Integer, Double> byStep) {

    public Ceilings {
        byStep = Map.copyOf(byStep);
        byStep.forEach((k, v) -> {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("ceiling of step " + k + " must be > 0: " + v);
            }
        });
    }

    public static Ceilings none() {
        return new Ceilings(Map.of());
    }

    public Ceilings with(int step, double maxRate) {
        Map<Integer, Double> m = new HashMap<>(byStep);
        m.put(step, maxRate);
        return new Ceilings(m);
    }

    /** Ceilings from a benchmark set for every step whose two stages carry keys the set knows. */
    public static Ceilings fromBenchmarks(Funnel funnel, BenchmarkSet set, Point point) {
        Map<Integer, Double> m = new HashMap<>();
        for (int i = 0; i < funnel.steps(); i++) {
            Optional<String> from = funnel.stage(i).benchmarkKey();
            Optional<String> to = funnel.stage(i + 1).benchmarkKey();
            if (from.isPresent() && to.isPresent()) {
                int step = i;
                set.rate(from.get(), to.get()).ifPresent(r -> {
                    double v = r.rate().at(point);
                    if (v > 0) {
                        m.put(step, v);
                    }
                });
            }
        }
        return new Ceilings(m);
    }

    /** Effective ceiling: min(100%, user ceiling). */
    public double of(int step) {
        Double c = byStep.get(step);
        return c == null ? 1.0 : Math.min(1.0, c);
    }
}
