package app.goalpost.planning.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.goalpost.planning.Money;
import app.goalpost.planning.funnel.Funnel;
import app.goalpost.planning.funnel.Stage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Properties of back-planning over random funnels (2–10 stages, zeros, rates above 100%, random ceilings). */
class PlannerProperties {

    static final double REL = 1e-9;

    /** A random scenario: funnel + goal + strategy + ceilings, derived from generated seeds so they stay valid. */
    record Case(Funnel funnel, Goal goal, Strategy strategy, Ceilings ceilings) {
    }

    @Provide
    Arbitrary<Funnel> funnels() {
        Arbitrary<Integer> size = Arbitraries.integers().between(2, 10);
        return size.flatMap(n -> Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(1)),
                        Tuple.of(10, Arbitraries.integers().between(100, 2_000_000))),
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0.0)),
                        Tuple.of(25, Arbitraries.doubles().between(0.01, 1.3).ofScale(4))).list().ofSize(n - 1),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2)
                        .injectNull(0.3),
                Arbitraries.of(true, false))
                .as((top, rates, spend, integral) -> {
                    List<Stage> stages = new ArrayList<>();
                    double v = top;
                    for (int i = 0; i < n; i++) {
                        Stage s = Stage.of("S" + i, v);
                        if (i == 0 && spend != null) {
                            s = s.withSpend(new Money(spend, java.util.Currency.getInstance("EUR")));
                        }
                        stages.add(s);
                        if (i < n - 1) {
                            v = integral ? Math.round(v * rates.get(i)) : v * rates.get(i);
                        }
                    }
                    return new Funnel(stages);
                }));
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(funnels(),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.bigDecimals().between(new BigDecimal("-0.9"), new BigDecimal("5")).ofScale(2),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 1000).list().ofSize(10),
                Arbitraries.doubles().between(0.001, 1.0).ofScale(4).list().ofSize(9),
                Arbitraries.doubles().between(0, 1).ofScale(2))
                .as((f, kSeed, change, whole, kind, seeds, ceilingValues, share) -> {
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
                            c = c.with(i, ceilingValues.get(i));
                        }
                    }
                    return new Case(f, g, s, c);
                });
    }

    @Property(tries = 400)
    void solveThenApplyHitsTheTarget(@ForAll("cases") Case c) {
        PlanResult r = Planner.solve(c.funnel(), c.goal(), c.strategy(), c.ceilings());
        double target = r.target().plannedValue();
        Statistics.label("outcome").collect(r instanceof PlanResult.Infeasible i
                ? i.reasons().get(0).reason() + (i.alternative().isPresent() ? "+alt" : "") : "feasible");
        for (Plan p : reaching(r)) {
            Funnel applied = p.applyTo(c.funnel());
            assertThat(applied.volume(c.goal().stage())).isCloseTo(target, within(REL * target));
            // independently: planned top volume × planned rates above the goal stage
            double out = p.stages().get(0).plannedVolume();
            boolean defined = true;
            for (int i = 0; i < c.goal().stage(); i++) {
                defined &= p.steps().get(i).plannedRate().isDefined();
                out *= p.steps().get(i).plannedRate().orElse(0);
            }
            if (defined) {
                assertThat(out).isCloseTo(target, within(REL * target));
            }
        }
        if (r instanceof PlanResult.Infeasible inf) {
            assertThat(inf.reasons()).isNotEmpty();
            inf.bestEffort().ifPresent(s -> assertThat(s.achieved()).isLessThan(target * (1 + REL)));
        }
    }

    @Property(tries = 400)
    void noRaisedRateAboveItsCeiling(@ForAll("cases") Case c) {
        PlanResult r = Planner.solve(c.funnel(), c.goal(), c.strategy(), c.ceilings());
        List<Plan> plans = new ArrayList<>(reaching(r));
        if (r instanceof PlanResult.Infeasible inf) {
            inf.bestEffort().ifPresent(s -> plans.add(s.plan()));
        }
        for (Plan p : plans) {
            for (StepPlan s : p.steps()) {
                if (s.multiplier() > 1 + REL) {
                    assertThat(s.plannedRate().value()).isLessThanOrEqualTo(c.ceilings().of(s.step()) * (1 + REL));
                    assertThat(s.plannedRate().value()).isLessThanOrEqualTo(1.0 + REL);
                } else if (!s.changed()) {
                    assertThat(s.plannedRate()).isEqualTo(s.baselineRate());
                }
            }
        }
        // a feasible plan never raises a rate the strategy did not choose
        if (r instanceof PlanResult.Feasible f) {
            List<Integer> chosen = switch (c.strategy()) {
                case Strategy.OneRate o -> List.of(o.step());
                case Strategy.TopVolume t -> List.of();
                case Strategy.Rates rs -> rs.steps();
                case Strategy.Mix m -> m.steps();
            };
            for (StepPlan s : f.plan().steps()) {
                if (!chosen.contains(s.step())) {
                    assertThat(s.changed()).isFalse();
                }
            }
            assertThat(f.plan().noExtraMediaSpend()).isEqualTo(f.plan().volumeMultiplier() == 1.0);
        }
    }

    @Property(tries = 300)
    void scalingMoneyScalesSpendAndCpaOnly(@ForAll("cases") Case c,
                                           @ForAll @BigRange(min = "0.01", max = "1000") @Scale(2) BigDecimal k) {
        Funnel scaled = c.funnel().withMoneyScaled(k);
        PlanResult a = Planner.solve(c.funnel(), c.goal(), c.strategy(), c.ceilings());
        PlanResult b = Planner.solve(scaled, c.goal(), c.strategy(), c.ceilings());
        assertThat(b.getClass()).isEqualTo(a.getClass());
        assertThat(b.target()).isEqualTo(a.target());
        List<Plan> pa = all(a);
        List<Plan> pb = all(b);
        assertThat(pb).hasSameSizeAs(pa);
        for (int i = 0; i < pa.size(); i++) {
            Plan x = pa.get(i);
            Plan y = pb.get(i);
            assertThat(y.stages()).isEqualTo(x.stages());
            assertThat(y.steps()).isEqualTo(x.steps());
            assertThat(y.volumeMultiplier()).isEqualTo(x.volumeMultiplier());
            assertThat(y.media().extraVolumeWhole()).isEqualTo(x.media().extraVolumeWhole());
            assertScaled(x.media().costPerUnit(), y.media().costPerUnit(), k);
            assertScaled(x.media().extraSpend(), y.media().extraSpend(), k);
            assertScaled(x.media().extraSpendExact(), y.media().extraSpendExact(), k);
        }
        for (int i = 0; i < c.funnel().size(); i++) {
            assertScaled(c.funnel().cpa(i), scaled.cpa(i), k);
        }
        assertThat(scaled.rates()).isEqualTo(c.funnel().rates());
        assertThat(scaled.warnings()).isEqualTo(c.funnel().warnings());
    }

    @Property(tries = 200)
    void equalLiftIsGeometric(@ForAll("funnels") Funnel f, @ForAll @IntRange(min = 1, max = 300) int pct) {
        int k = f.last();
        List<Integer> steps = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            steps.add(i);
        }
        PlanResult r = Planner.solve(f, Goal.relative(k, "0." + String.format("%02d", pct % 100)).exact(),
                Strategy.Rates.equalLift(steps), Ceilings.none().with(0, 1.0));
        if (r instanceof PlanResult.Feasible fe) {
            double each = Math.pow(fe.plan().target().multiplier(), 1.0 / k);
            for (StepPlan s : fe.plan().steps()) {
                assertThat(s.multiplier()).isCloseTo(each, within(1e-12 * each));
            }
        }
    }

    private static List<Plan> reaching(PlanResult r) {
        return switch (r) {
            case PlanResult.Feasible f -> List.of(f.plan());
            case PlanResult.Infeasible i -> i.alternative().stream().toList();
        };
    }

    private static List<Plan> all(PlanResult r) {
        List<Plan> out = new ArrayList<>(reaching(r));
        if (r instanceof PlanResult.Infeasible i) {
            i.bestEffort().ifPresent(s -> out.add(s.plan()));
        }
        return out;
    }

    private static void assertScaled(Optional<Money> base, Optional<Money> scaled, BigDecimal k) {
        assertThat(scaled.isPresent()).isEqualTo(base.isPresent());
        if (base.isPresent()) {
            BigDecimal expected = base.get().amount().multiply(k);
            BigDecimal got = scaled.get().amount();
            BigDecimal tol = expected.abs().multiply(new BigDecimal("1e-13")).add(new BigDecimal("1e-12"));
            assertThat(got.subtract(expected).abs()).isLessThanOrEqualTo(tol);
        }
    }
}
