package app.goalpost.planning.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.goalpost.planning.Money;
import app.goalpost.planning.RandomFunnels;
import app.goalpost.planning.RandomFunnels.PlanCase;
import app.goalpost.planning.funnel.Funnel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Properties of back-planning over random funnels (2–10 stages, zeros, rates above 100%, random ceilings), checked
 * on seeded random cases from {@link RandomFunnels}; a failure prints the case seed and input.
 */
class PlannerPropertiesTest {

    static final double REL = 1e-9;

    @Test
    void solveThenApplyHitsTheTarget() {
        Map<String, Integer> outcomes = new TreeMap<>();
        RandomFunnels.forAll("solveThenApplyHitsTheTarget", 0x5017E_0001L, 400, RandomFunnels::planCase,
                c -> solveThenApplyHitsTheTarget(c, outcomes));
        // the generator reaches feasible plans, infeasible ones, and infeasible ones with an alternative
        if (!RandomFunnels.reproducingOneCase()) {
            assertThat(outcomes).as("outcomes over 400 cases").containsKey("feasible");
            assertThat(outcomes.keySet()).as("outcomes over 400 cases")
                    .anyMatch(o -> !o.equals("feasible") && !o.endsWith("+alt"))
                    .anyMatch(o -> o.endsWith("+alt"));
        }
    }

    private static void solveThenApplyHitsTheTarget(PlanCase c, Map<String, Integer> outcomes) {
        PlanResult r = Planner.solve(c.funnel(), c.goal(), c.strategy(), c.ceilings());
        double target = r.target().plannedValue();
        outcomes.merge(r instanceof PlanResult.Infeasible i
                ? i.reasons().get(0).reason() + (i.alternative().isPresent() ? "+alt" : "") : "feasible", 1,
                Integer::sum);
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

    @Test
    void noRaisedRateAboveItsCeiling() {
        RandomFunnels.forAll("noRaisedRateAboveItsCeiling", 0x5017E_0002L, 400, RandomFunnels::planCase,
                PlannerPropertiesTest::noRaisedRateAboveItsCeiling);
    }

    private static void noRaisedRateAboveItsCeiling(PlanCase c) {
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

    /** A scenario and a money scale factor k in 0.01–1000 (2 decimals). */
    record ScaledCase(PlanCase c, BigDecimal k) {
    }

    @Test
    void scalingMoneyScalesSpendAndCpaOnly() {
        RandomFunnels.forAll("scalingMoneyScalesSpendAndCpaOnly", 0x5017E_0003L, 300,
                g -> new ScaledCase(g.planCase(), g.decimalBetween(new BigDecimal("0.01"), new BigDecimal("1000"), 2)),
                sc -> scalingMoneyScalesSpendAndCpaOnly(sc.c(), sc.k()));
    }

    private static void scalingMoneyScalesSpendAndCpaOnly(PlanCase c, BigDecimal k) {
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

    /** A funnel and a lift percentage 1–300 (used modulo 100 as the relative goal). */
    record LiftCase(Funnel f, int pct) {
    }

    @Test
    void equalLiftIsGeometric() {
        RandomFunnels.forAll("equalLiftIsGeometric", 0x5017E_0004L, 200,
                g -> new LiftCase(g.funnel(), g.intBetween(1, 300)),
                lc -> equalLiftIsGeometric(lc.f(), lc.pct()));
    }

    private static void equalLiftIsGeometric(Funnel f, int pct) {
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
