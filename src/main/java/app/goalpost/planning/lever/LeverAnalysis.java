package app.goalpost.planning.lever;

import app.goalpost.planning.Message;
import app.goalpost.planning.Messages;
import app.goalpost.planning.Money;
import app.goalpost.planning.Rate;
import app.goalpost.planning.benchmark.BenchmarkRate;
import app.goalpost.planning.benchmark.BenchmarkSet;
import app.goalpost.planning.funnel.Funnel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * docs/method.md, step 2: read the step rates to find the growth levers.
 *
 * <h2>Ranking rule</h2>
 * In a multiplicative funnel +x% on any rate gives +x% output, so elasticity cannot rank levers. The rank rests on
 * headroom, in tiers (ties by step order):
 * <ol>
 *   <li>benchmarked steps below the benchmark median, by extra last-stage output if the step reached the median
 *       (largest first). This is the headroom (median / rate) expressed in final units; its cost via traffic
 *       (extra output ÷ overall rate × first-stage CPA) is proportional to it, so cost orders these steps the same
 *       way and is reported as the lever's value: what buying the same result would cost;</li>
 *   <li>steps without a benchmark whose rate is below {@value #HIGH_LEVEL_PERCENT}%, by absolute level, lowest first
 *       (most lost, as in the method's example: Visitor→Lead 3% is the weakest);</li>
 *   <li>steps without a benchmark at or above {@value #HIGH_LEVEL_PERCENT}%, lowest first;</li>
 *   <li>steps at or above their benchmark median, closest to the median first;</li>
 *   <li>steps without data, and steps that cannot grow the last stage because a stage from the step's output down
 *       to the last stage has volume 0 (a 0% rate is the simplest case): no lift of them reaches the last stage,
 *       so the planner refuses them as levers too.</li>
 * </ol>
 * Main levers are the first two ranked steps of tiers 1–2 that marketing influences (steps out of sql or
 * opportunity are sales-owned and ranked, but not proposed as marketing levers).
 */
public record LeverAnalysis(List<Lever> levers, List<Lever> ranked, List<Lever> mainLevers,
                            List<Message> findings) {

    /** A rate at or above this level reads as "high" when no benchmark says otherwise. */
    public static final int HIGH_LEVEL_PERCENT = 50;
    private static final double HIGH_LEVEL = HIGH_LEVEL_PERCENT / 100.0;
    private static final Set<String> SALES_STAGES = Set.of("sql", "opportunity");

    public LeverAnalysis {
        levers = List.copyOf(levers);
        ranked = List.copyOf(ranked);
        mainLevers = List.copyOf(mainLevers);
        findings = List.copyOf(findings);
    }

    public static LeverAnalysis of(Funnel funnel) {
        return of(funnel, Optional.empty());
    }

    public static LeverAnalysis of(Funnel funnel, Optional<BenchmarkSet> benchmarks) {
        int n = funnel.steps();
        double last = funnel.volume(funnel.last());
        Optional<Money> cpa0 = funnel.cpa(0);
        Rate overall = funnel.overallRate();
        List<Lever> levers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Rate r = funnel.rate(i);
            Optional<String> fromKey = funnel.stage(i).benchmarkKey();
            Optional<String> toKey = funnel.stage(i + 1).benchmarkKey();
            Optional<BenchmarkRate> bench = benchmarks.isPresent() && fromKey.isPresent() && toKey.isPresent()
                    ? benchmarks.get().rate(fromKey.get(), toKey.get()) : Optional.empty();
            OptionalDouble lost = r.isDefined() ? OptionalDouble.of(Math.max(0, 1 - r.value())) : OptionalDouble.empty();
            Position pos;
            OptionalDouble gap = OptionalDouble.empty();
            OptionalDouble extra = OptionalDouble.empty();
            Optional<Money> cost = Optional.empty();
            if (!r.isDefined()) {
                pos = Position.NO_DATA;
            } else if (bench.isEmpty()) {
                pos = Position.NO_BENCHMARK;
            } else {
                var e = bench.get().rate();
                double v = r.value();
                pos = e.low().isPresent() && v < e.low().getAsDouble() ? Position.BELOW_LOW
                        : v < e.median() ? Position.BELOW_MEDIAN
                        : e.high().isPresent() && v > e.high().getAsDouble() ? Position.ABOVE_HIGH
                        : Position.AT_OR_ABOVE_MEDIAN;
                gap = OptionalDouble.of(e.median() - v);
                if (v >= e.median()) {
                    extra = OptionalDouble.of(0);
                } else if (v > 0) {
                    double x = last * (e.median() / v - 1);
                    extra = OptionalDouble.of(x);
                    if (overall.isDefined() && overall.value() > 0) {
                        cost = cpa0.map(c -> c.times(x / overall.value()));
                    }
                }
            }
            boolean marketing = fromKey.map(k -> !SALES_STAGES.contains(k)).orElse(true);
            // A step whose lift cannot reach the last stage (a 0% rate, or a 0 stage after it) ranks with the
            // no-data steps: the planner refuses it as a lever by the same rule (Funnel.blockingStage).
            int tier = funnel.blockingStage(i, funnel.last()).isPresent() ? 5 : tier(pos, r);
            levers.add(new Lever(i, funnel.stage(i).name(), funnel.stage(i + 1).name(), r, lost, bench, pos, gap,
                    extra, cost, marketing, tier, 0));
        }
        List<Lever> ranked = new ArrayList<>(levers);
        ranked.sort(Comparator.comparingInt(Lever::tier).thenComparingDouble(LeverAnalysis::withinTier)
                .thenComparingInt(Lever::step));
        for (int i = 0; i < ranked.size(); i++) {
            Lever l = ranked.get(i).withRank(i + 1);
            ranked.set(i, l);
            levers.set(l.step(), l);
        }
        List<Lever> main = ranked.stream().filter(l -> l.tier() <= 2 && l.marketingInfluenced()).limit(2).toList();
        return new LeverAnalysis(levers, ranked, main, findings(funnel, levers, main));
    }

    private static int tier(Position pos, Rate r) {
        return switch (pos) {
            case BELOW_LOW, BELOW_MEDIAN -> 1;
            case NO_BENCHMARK -> r.value() < HIGH_LEVEL ? 2 : 3;
            case AT_OR_ABOVE_MEDIAN, ABOVE_HIGH -> 4;
            case NO_DATA -> 5;
        };
    }

    /** Sort key inside a tier (ascending). */
    private static double withinTier(Lever l) {
        return switch (l.tier()) {
            case 1 -> -l.extraOutputAtMedian().orElse(0);
            case 2, 3 -> l.rate().value();
            case 4 -> l.rate().value() / l.benchmark().orElseThrow().rate().median();
            default -> 0;
        };
    }

    private static List<Message> findings(Funnel f, List<Lever> levers, List<Lever> main) {
        List<Message> out = new ArrayList<>();
        double lowest = Double.MAX_VALUE;
        for (Lever l : levers) {
            if (l.position() == Position.NO_BENCHMARK && l.tier() != 5) {
                lowest = Math.min(lowest, l.rate().value());
            }
        }
        for (Lever l : levers) {
            String pair = pair(f, l.step());
            OptionalInt blocking = f.blockingStage(l.step(), f.last());
            if (l.position() != Position.NO_DATA && blocking.isPresent()) {
                int zero = blocking.getAsInt();
                out.add(zero == l.step() + 1
                        ? Message.of("lever.zeroRate", l.from(), l.to())
                        : Message.of("lever.blocked", l.from(), l.to(), f.stage(zero).name(), f.stage(f.last()).name()));
                continue;
            }
            switch (l.position()) {
                case NO_DATA -> out.add(Message.of("lever.noData", l.from(), l.to()));
                case NO_BENCHMARK -> {
                    double v = l.rate().value();
                    String base = v >= HIGH_LEVEL ? "lever.high" : v == lowest ? "lever.weakest" : "lever.lost";
                    out.add(Message.of(specific(base, pair), l.from(), l.to(), v, l.lostShare().getAsDouble()));
                }
                case BELOW_LOW, BELOW_MEDIAN -> {
                    var e = l.benchmark().orElseThrow().rate();
                    out.add(Message.of(l.position() == Position.BELOW_LOW ? "lever.belowBenchmarkLow"
                                    : "lever.belowBenchmark", l.from(), l.to(), l.rate().value(), e.lowOrMedian(),
                            e.median(), e.highOrMedian(), l.extraOutputAtMedian().orElse(0), f.stage(f.last()).name(),
                            l.lostShare().getAsDouble()));
                    l.costViaVolume().ifPresent(c -> out.add(Message.of("lever.costViaVolume", l.from(), l.to(),
                            l.extraOutputAtMedian().orElse(0), f.stage(f.last()).name(), c)));
                }
                case AT_OR_ABOVE_MEDIAN, ABOVE_HIGH -> {
                    var e = l.benchmark().orElseThrow().rate();
                    out.add(Message.of(l.position() == Position.ABOVE_HIGH ? "lever.aboveBenchmarkHigh"
                                    : "lever.atOrAboveBenchmark", l.from(), l.to(), l.rate().value(), e.lowOrMedian(),
                            e.median(), e.highOrMedian()));
                }
            }
        }
        for (Lever l : main) {
            out.add(Message.of(specific("lever.main", pair(f, l.step())), l.from(), l.to(), l.rank()));
        }
        return out;
    }

    /** "visitor-lead" when both stages carry benchmark keys, else "". */
    private static String pair(Funnel f, int step) {
        Optional<String> a = f.stage(step).benchmarkKey();
        Optional<String> b = f.stage(step + 1).benchmarkKey();
        return a.isPresent() && b.isPresent() ? a.get() + "-" + b.get() : "";
    }

    /**
     * Canonical stage pairs get their own key when the message catalogue has one ("75% of leads are not
     * qualified" reads better than "75% of Leads do not become MQL"); otherwise the generic key.
     */
    private static String specific(String base, String pair) {
        String k = base + "." + pair;
        return !pair.isEmpty() && Messages.ENGLISH.containsKey(k) ? k : base;
    }
}
