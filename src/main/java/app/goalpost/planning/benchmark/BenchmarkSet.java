package app.goalpost.planning.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A named set of benchmarks (an industry, or an agency's own set built programmatically). The stage order is the
 * order in which stage keys first appear in the rate rows. When several rows cover the same step, the first one
 * is the primary value (file order is priority); the others stay available through {@link #ratesFor}.
 */
public record BenchmarkSet(String key, String name, List<BenchmarkRate> rates, List<BenchmarkCost> costs) {

    public BenchmarkSet {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        rates = List.copyOf(rates);
        costs = List.copyOf(costs);
        if (key.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("set key and name are required");
        }
    }

    /** Stage keys in funnel order. */
    public List<String> stageOrder() {
        Set<String> order = new LinkedHashSet<>();
        for (BenchmarkRate r : rates) {
            order.add(r.fromStage());
            order.add(r.toStage());
        }
        return List.copyOf(order);
    }

    /** The primary benchmark for the step from → to, if the set has it. */
    public Optional<BenchmarkRate> rate(String from, String to) {
        for (BenchmarkRate r : rates) {
            if (r.fromStage().equals(from) && r.toStage().equals(to)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public List<BenchmarkRate> ratesFor(String from, String to) {
        List<BenchmarkRate> out = new ArrayList<>();
        for (BenchmarkRate r : rates) {
            if (r.fromStage().equals(from) && r.toStage().equals(to)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The primary cost for a stage, if the set has one. */
    public Optional<BenchmarkCost> cost(String stage) {
        return costs.stream().filter(c -> c.stage().equals(stage)).findFirst();
    }

    /** The first costed stage in stage order (the "first paid stage"), if any. */
    public Optional<BenchmarkCost> firstPaidStage() {
        for (String s : stageOrder()) {
            Optional<BenchmarkCost> c = cost(s);
            if (c.isPresent()) {
                return c;
            }
        }
        return costs.isEmpty() ? Optional.empty() : Optional.of(costs.get(0));
    }
}
