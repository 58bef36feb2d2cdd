package app.goalpost.planning;

import app.goalpost.planning.funnel.Funnel;
import app.goalpost.planning.funnel.Stage;
import app.goalpost.planning.pacing.Actuals;
import app.goalpost.planning.pacing.DatedValue;
import app.goalpost.planning.pacing.Kpi;
import app.goalpost.planning.scenario.Ceilings;
import app.goalpost.planning.scenario.Goal;
import app.goalpost.planning.scenario.GoalTarget;
import app.goalpost.planning.scenario.Strategy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The in-house generator and runner behind the engine's property tests: a seeded {@link SplittableRandom} that
 * produces random funnels, goals, strategies, ceilings, KPI periods and actual series, and
 * {@link #forAll(String, long, int, Function, Consumer)}, which checks a property on {@code tries} generated cases.
 *
 * <p>Every case has its own seed, derived from the test's fixed base seed, so runs are deterministic. A failure names
 * the case index, its seed and the generated input; re-run exactly that case with
 * {@code -Dplanning.seed=<case seed>}.
 *
 * <p>Edge cases are mixed in: every bounded draw picks one of its boundary values (min, max, min + one step,
 * max − one step, and 0 / 1 when inside the range) with probability {@value #EDGE_PERCENT}%, so 2-stage funnels,
 * zero volumes, rates above 100%, one-unit and huge tops, zero increments and out-of-period dates all
 * occur in every run.
 */
public final class RandomFunnels {

    /** Chance, in percent, that a bounded draw returns one of its boundary values instead of a uniform one. */
    public static final int EDGE_PERCENT = 10;

    public static final Currency EUR = Currency.getInstance("EUR");

    /** System property that re-runs a single case by its seed (as printed in a failure message). */
    public static final String SEED_PROPERTY = "planning.seed";

    private final SplittableRandom random;

    public RandomFunnels(long seed) {
        this.random = new SplittableRandom(seed);
    }

    // ------------------------------------------------------------------ runner

    /**
     * Checks {@code property} on {@code tries} inputs made by {@code generator}, case {@code i} from its own seed
     * (the {@code i}-th long of a {@link SplittableRandom} seeded with {@code baseSeed}). Stops at the first failing
     * case and rethrows with the case index, seed and input in the message. Returns the inputs checked, so a test
     * can also assert that the generator covered what it should.
     */
    public static <T> List<T> forAll(String property, long baseSeed, int tries, Function<RandomFunnels, T> generator,
                                     Consumer<T> check) {
        String only = System.getProperty(SEED_PROPERTY);
        List<Long> seeds = new ArrayList<>();
        if (only != null && !only.isBlank()) {
            seeds.add(Long.decode(only.strip()));
        } else {
            SplittableRandom seedSource = new SplittableRandom(baseSeed);
            for (int i = 0; i < tries; i++) {
                seeds.add(seedSource.nextLong());
            }
        }
        List<T> checked = new ArrayList<>(seeds.size());
        for (int i = 0; i < seeds.size(); i++) {
            long seed = seeds.get(i);
            T input = generator.apply(new RandomFunnels(seed));
            try {
                check.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(String.format(
                        "property %s failed on case %d of %d (base seed 0x%X, case seed %d; re-run this case with"
                                + " -D%s=%d)%n  input: %s%n  failure: %s",
                        property, i, seeds.size(), baseSeed, seed, SEED_PROPERTY, seed, input, e), e);
            }
            checked.add(input);
        }
        return checked;
    }

    /** True when the run is a single-seed reproduction, where coverage checks over the whole run do not apply. */
    public static boolean reproducingOneCase() {
        String only = System.getProperty(SEED_PROPERTY);
        return only != null && !only.isBlank();
    }

    // ------------------------------------------------------------------ primitives

    /** Uniform in [min, max] (inclusive), boundary values mixed in. */
    public int intBetween(int min, int max) {
        if (edge()) {
            List<Integer> edges = new ArrayList<>(List.of(min, max));
            if (max > min) {
                edges.add(min + 1);
                edges.add(max - 1);
            }
            if (min < 0 && max > 0) {
                edges.add(0);
            }
            if (min < 1 && max > 1) {
                edges.add(1);
            }
            return edges.get(random.nextInt(edges.size()));
        }
        return random.nextInt(min, max + 1);
    }

    /** Uniform in [min, max] (inclusive) with {@code scale} decimal places, boundary values mixed in. */
    public double doubleBetween(double min, double max, int scale) {
        return decimalBetween(BigDecimal.valueOf(min), BigDecimal.valueOf(max), scale).doubleValue();
    }

    /** Uniform in [min, max] (inclusive) with {@code scale} decimal places, boundary values mixed in. */
    public BigDecimal decimalBetween(BigDecimal min, BigDecimal max, int scale) {
        BigDecimal lo = min.setScale(scale, RoundingMode.CEILING);
        BigDecimal hi = max.setScale(scale, RoundingMode.FLOOR);
        long steps = hi.subtract(lo).movePointRight(scale).longValueExact();
        long pick;
        if (edge()) {
            List<Long> edges = new ArrayList<>(List.of(0L, steps));
            if (steps > 0) {
                edges.add(1L);
                edges.add(steps - 1);
            }
            for (BigDecimal special : List.of(BigDecimal.ZERO, BigDecimal.ONE)) {
                if (special.compareTo(lo) > 0 && special.compareTo(hi) < 0) {
                    edges.add(special.subtract(lo).movePointRight(scale).longValueExact());
                }
            }
            pick = edges.get(random.nextInt(edges.size()));
        } else {
            pick = random.nextLong(steps + 1);
        }
        return lo.add(BigDecimal.valueOf(pick, scale));
    }

    public boolean bool() {
        return random.nextBoolean();
    }

    /** True with probability {@code weight / outOf}. */
    public boolean chance(int weight, int outOf) {
        return random.nextInt(outOf) < weight;
    }

    public List<Integer> ints(int size, int min, int max) {
        List<Integer> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(intBetween(min, max));
        }
        return out;
    }

    public List<Double> doubles(int size, double min, double max, int scale) {
        List<Double> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(doubleBetween(min, max, scale));
        }
        return out;
    }

    private boolean edge() {
        return random.nextInt(100) < EDGE_PERCENT;
    }

    // ------------------------------------------------------------------ funnels and plans

    /**
     * A random funnel of 2–10 stages: top volume 1 (1 in 11), rarely huge (10^9–10^12) or else 100–2,000,000; each
     * step rate 0 (1 in 26, giving
     * zero volumes below) or 0.01–1.3 at 4 decimals (so rates above 100% occur); first-stage spend 0–100,000.00 EUR
     * or none (30%); volumes rounded to whole units or left fractional.
     */
    public Funnel funnel() {
        int n = intBetween(2, 10);
        double top = chance(1, 11) ? 1
                : chance(1, 30) ? decimalBetween(new BigDecimal("1e9"), new BigDecimal("1e12"), 0).doubleValue()
                : intBetween(100, 2_000_000);
        List<Double> rates = new ArrayList<>(n - 1);
        for (int i = 0; i < n - 1; i++) {
            rates.add(chance(1, 26) ? 0.0 : doubleBetween(0.01, 1.3, 4));
        }
        BigDecimal spend = chance(3, 10) ? null
                : decimalBetween(BigDecimal.ZERO, new BigDecimal("100000"), 2);
        boolean integral = bool();
        List<Stage> stages = new ArrayList<>(n);
        double v = top;
        for (int i = 0; i < n; i++) {
            Stage s = Stage.of("S" + i, v);
            if (i == 0 && spend != null) {
                s = s.withSpend(new Money(spend, EUR));
            }
            stages.add(s);
            if (i < n - 1) {
                v = integral ? Math.round(v * rates.get(i)) : v * rates.get(i);
            }
        }
        return new Funnel(stages);
    }

    /** A back-planning scenario: funnel, goal on a stage below the top, a strategy over it and random ceilings. */
    public record PlanCase(Funnel funnel, Goal goal, Strategy strategy, Ceilings ceilings) {
    }

    /**
     * A random scenario over {@link #funnel()}: goal stage 1..last, relative change −90%..+500% (2 decimals), whole
     * units or exact (1 in 8: a small change of 0–5%); strategy one rate / top volume / several rates (equal or
     * weighted lift) / mix; each step gets a ceiling with chance 1 in 3: 0.001–1.0, or (1 in 4 cases) tight at 0–2%
     * above its baseline rate.
     */
    public PlanCase planCase() {
        Funnel f = funnel();
        int kSeed = intBetween(0, 1000);
        // 1 in 8: a small change (0–5%, 4 decimals), so raises land just above / below tight ceilings
        BigDecimal change = chance(1, 8) ? decimalBetween(BigDecimal.ZERO, new BigDecimal("0.05"), 4)
                : decimalBetween(new BigDecimal("-0.9"), new BigDecimal("5"), 2);
        boolean tight = chance(1, 4);
        boolean whole = bool();
        int kind = intBetween(0, 3);
        List<Integer> seeds = ints(10, 0, 1000);
        List<Double> ceilingValues = doubles(9, 0.001, 1.0, 4);
        double share = doubleBetween(0, 1, 2);

        int k = 1 + kSeed % (f.size() - 1);
        Goal g = new Goal(k, new GoalTarget.Relative(change), whole);
        List<Integer> steps = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            if (seeds.get(i) % 2 == 0 || (i == k - 1 && steps.isEmpty())) {
                steps.add(i);
                weights.add(1 + seeds.get(i) % 5.0);
            }
        }
        Strategy s = switch (kind) {
            case 0 -> new Strategy.OneRate(seeds.get(9) % k);
            case 1 -> new Strategy.TopVolume();
            case 2 -> new Strategy.Rates(steps, seeds.get(9) % 2 == 0 ? List.of() : weights);
            default -> new Strategy.Mix(share, steps, List.of());
        };
        Ceilings c = Ceilings.none();
        for (int i = 0; i < f.steps(); i++) {
            if (seeds.get(i) % 3 == 0) {
                double r = f.rate(i).orElse(0);
                // tight: the ceiling sits 0–2% above the baseline rate, where an off-by-a-little check leaks
                c = c.with(i, tight && r > 0 && r < 0.98 ? r * (1 + doubleBetween(0, 0.02, 4)) : ceilingValues.get(i));
            }
        }
        return new PlanCase(f, g, s, c);
    }

    // ------------------------------------------------------------------ KPIs and actuals

    /** A cumulative KPI with this target over {@code days} days from {@code start}. */
    public static Kpi cumulativeKpi(double target, LocalDate start, int days, boolean lowerIsBetter) {
        Kpi k = Kpi.cumulative("k", target, DateRange.of(start, start.plusDays(days - 1)));
        return lowerIsBetter ? k.withDirection(Kpi.Direction.LOWER_IS_BETTER) : k;
    }

    /**
     * A series of actuals: {@code offsets[i]} days after the start carries {@code values[i % values.size()]}. Dates
     * may repeat and need not be sorted.
     */
    public record Series(List<Integer> offsets, List<Double> values) {

        public Actuals actuals(LocalDate start) {
            List<DatedValue> pts = new ArrayList<>();
            for (int i = 0; i < offsets.size(); i++) {
                pts.add(new DatedValue(start.plusDays(offsets.get(i)), values.get(i % values.size())));
            }
            return Actuals.of(pts);
        }

        /** The same dates with {@code values[which % size]} increased by {@code increment}. */
        public Series withIncrement(int which, double increment) {
            List<Double> more = new ArrayList<>(values);
            int w = which % more.size();
            more.set(w, more.get(w) + increment);
            return new Series(offsets, more);
        }
    }

    /** 1–{@code maxPoints} dates in [0, maxOffset] days and 1–{@code maxPoints} values in [0, maxValue] (2 decimals). */
    public Series series(int maxPoints, int maxOffset, double maxValue) {
        List<Integer> offsets = ints(intBetween(1, maxPoints), 0, maxOffset);
        List<Double> values = doubles(intBetween(1, maxPoints), 0, maxValue, 2);
        return new Series(offsets, values);
    }
}
