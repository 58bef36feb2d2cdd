package app.goalpost.planning.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.goalpost.planning.Money;
import app.goalpost.planning.WorkedExample;
import app.goalpost.planning.benchmark.BenchmarkRate;
import app.goalpost.planning.benchmark.BenchmarkSet;
import app.goalpost.planning.benchmark.Estimate;
import app.goalpost.planning.benchmark.Point;
import app.goalpost.planning.benchmark.Source;
import app.goalpost.planning.funnel.Funnel;
import app.goalpost.planning.funnel.Stage;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {

    final Funnel baseline = WorkedExample.funnel();

    @Test
    void absoluteAndRevenueTargets() {
        Target abs = Target.resolve(baseline, Goal.absolute(5, new BigDecimal("30")));
        assertThat(abs.multiplier()).isCloseTo(30.0 / 18, within(1e-15));
        Target rev = Target.resolve(baseline,
                Goal.revenue(5, Money.of("100000", "EUR"), Money.of("4000", "EUR")));
        assertThat(rev.exact()).isEqualByComparingTo("25");
        assertThat(rev.rounded()).isFalse();
        Target rev2 = Target.resolve(baseline,
                Goal.revenue(5, Money.of("100000", "EUR"), Money.of("3000", "EUR")));
        assertThat(rev2.exact()).isEqualByComparingTo("33.33333333333333");
        assertThat(rev2.whole()).isEqualByComparingTo("34");
        assertThat(Target.resolve(baseline, Goal.percentChange(5, new BigDecimal("15"))).exact())
                .isEqualByComparingTo("20.7");
        assertThatThrownBy(() -> Goal.revenue(5, Money.of("1", "EUR"), Money.of("1", "USD")))
                .hasMessageContaining("currency");
        assertThatThrownBy(() -> Goal.relative(5, "-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Target.resolve(baseline, Goal.relative(6, "0.1")))
                .hasMessageContaining("outside");
    }

    @Test
    void decimalRoundingIsNotFooledByBinaryNoise() {
        // 100 × 1.1 in double is 110.00000000000001; the target must still be 110, not 111
        Funnel f = Funnel.of(Stage.of("Leads", 1000), Stage.of("Deals", 100));
        Target t = Target.resolve(f, Goal.relative(1, "0.1"));
        assertThat(t.whole()).isEqualByComparingTo("110");
        assertThat(t.rounded()).isFalse();
    }

    @Test
    void rateAbove100PercentIsRejectedWithShortfallAndVolumeTopUp() {
        // Visitor→Lead alone for +5000%: 3% × 51 = 153% > 100%
        PlanResult r = Planner.solve(baseline, Goal.relative(5, "50"), new Strategy.OneRate(0));
        assertThat(r.feasible()).isFalse();
        PlanResult.Infeasible inf = (PlanResult.Infeasible) r;
        Infeasibility why = inf.reasons().get(0);
        assertThat(why.reason()).isEqualTo(Infeasibility.Reason.ABOVE_CEILING);
        assertThat(why.step()).isZero();
        assertThat(why.required()).isCloseTo(0.03 * 918 / 18, within(1e-12));
        assertThat(why.ceiling()).isEqualTo(1.0);
        assertThat(why.message().key()).isEqualTo("plan.infeasible.aboveCeiling");
        Shortfall s = inf.bestEffort().orElseThrow();
        assertThat(s.plan().steps().get(0).plannedRate().value()).isCloseTo(1.0, within(1e-15));
        assertThat(s.achieved()).isCloseTo(600, within(1e-9)); // 20,000 visitors all leads → 18 × 33.3
        assertThat(s.stillNeeded()).isCloseTo(318, within(1e-9));
        assertThat(s.remainingMultiplier()).isCloseTo(918.0 / 600, within(1e-12));
        assertThat(s.message().key()).isEqualTo("plan.shortfall");
        Plan alt = inf.alternative().orElseThrow();
        assertThat(alt.adjustment()).isEqualTo(Plan.Adjustment.TOPPED_UP_WITH_VOLUME);
        assertThat(alt.achieved()).isCloseTo(918, within(1e-9));
        assertThat(alt.volumeMultiplier()).isCloseTo(918.0 / 600, within(1e-12));
        assertThat(alt.steps().get(0).plannedRate().value()).isLessThanOrEqualTo(1.0);
        assertThat(alt.media().extraSpend()).isPresent();
    }

    @Test
    void userCeilingFromBenchmarkHighIsRespectedAndLiftRedistributed() {
        Source src = Source.of("T", 2025, "t", "https://example.org");
        BenchmarkSet set = new BenchmarkSet("t", "T", List.of(
                new BenchmarkRate("visitor", "lead", Estimate.of(0.02, 0.03, 0.032), src),
                new BenchmarkRate("lead", "mql", Estimate.of(0.2, 0.3, 0.4), src)), List.of());
        Ceilings c = Ceilings.fromBenchmarks(baseline, set, Point.HIGH);
        assertThat(c.of(0)).isEqualTo(0.032);
        assertThat(c.of(1)).isEqualTo(0.4);
        assertThat(c.of(2)).isEqualTo(1.0);
        PlanResult r = Planner.solve(baseline, Goal.relative(5, "0.15"), Strategy.Rates.equalLift(List.of(0, 1)), c);
        PlanResult.Infeasible inf = (PlanResult.Infeasible) r;
        assertThat(inf.reasons()).extracting(Infeasibility::step).containsExactly(0);
        assertThat(inf.bestEffort()).isEmpty();
        Plan alt = inf.alternative().orElseThrow();
        assertThat(alt.adjustment()).isEqualTo(Plan.Adjustment.REDISTRIBUTED);
        assertThat(alt.steps().get(0).plannedRate().value()).isCloseTo(0.032, within(1e-15));
        assertThat(alt.steps().get(1).plannedRate().value()).isCloseTo(0.25 * (21.0 / 18) / (0.032 / 0.03),
                within(1e-12));
        assertThat(alt.achieved()).isCloseTo(21, within(1e-12));
        assertThat(alt.messages()).extracting(m -> m.key()).contains("plan.adjustment.redistributed");
    }

    @Test
    void mixWithCappedRatesTopsUpWithVolume() {
        Ceilings c = Ceilings.none().with(0, 0.031);
        PlanResult r = Planner.solve(baseline, Goal.relative(5, "0.5"), new Strategy.Mix(0.2, List.of(0), List.of()),
                c);
        PlanResult.Infeasible inf = (PlanResult.Infeasible) r;
        Plan alt = inf.alternative().orElseThrow();
        assertThat(alt.adjustment()).isEqualTo(Plan.Adjustment.TOPPED_UP_WITH_VOLUME);
        assertThat(alt.steps().get(0).plannedRate().value()).isCloseTo(0.031, within(1e-15));
        assertThat(alt.achieved()).isCloseTo(27, within(1e-12));
        assertThat(inf.bestEffort().orElseThrow().achieved()).isLessThan(27);
    }

    @Test
    void weightsAreSharesOfTheLogMultiplier() {
        Plan p = ((PlanResult.Feasible) Planner.solve(baseline, Goal.absolute(5, new BigDecimal("72")),
                new Strategy.Rates(List.of(0, 1), List.of(3.0, 1.0)))).plan();
        // M = 4: step 0 × 4^(3/4), step 1 × 4^(1/4)
        assertThat(p.steps().get(0).multiplier()).isCloseTo(Math.pow(4, 0.75), within(1e-12));
        assertThat(p.steps().get(1).multiplier()).isCloseTo(Math.pow(4, 0.25), within(1e-12));
        assertThat(p.achieved()).isCloseTo(72, within(1e-9));
    }

    @Test
    void goalOnAMiddleStageMovesDownstreamStagesWithIt() {
        Plan p = ((PlanResult.Feasible) Planner.solve(baseline, Goal.relative(2, "0.2"),
                new Strategy.OneRate(1))).plan();
        assertThat(p.achieved()).isCloseTo(180, within(1e-9));
        assertThat(p.stages().get(5).plannedVolume()).isCloseTo(21.6, within(1e-9));
        assertThatThrownBy(() -> Planner.solve(baseline, Goal.relative(2, "0.2"), new Strategy.OneRate(2)))
                .hasMessageContaining("does not feed");
    }

    @Test
    void goalBelowBaselineLowersRatesAndSavesSpend() {
        Plan p = ((PlanResult.Feasible) Planner.solve(baseline, Goal.absolute(5, new BigDecimal("9")),
                new Strategy.TopVolume())).plan();
        assertThat(p.stages().get(0).plannedVolume()).isCloseTo(10_000, within(1e-9));
        assertThat(p.media().extraSpend().orElseThrow().sameAs(Money.of("-5000", "EUR"))).isTrue();
    }

    @Test
    void zeroVolumesAreInfeasibleWithoutInventingNumbers() {
        Funnel zeroGoal = Funnel.of(Stage.of("A", 100), Stage.of("B", 0));
        PlanResult r = Planner.solve(zeroGoal, Goal.absolute(1, BigDecimal.TEN), new Strategy.OneRate(0));
        assertThat(((PlanResult.Infeasible) r).reasons().get(0).reason())
                .isEqualTo(Infeasibility.Reason.NO_BASELINE_OUTPUT);
        // lagged funnel: B is 0 but C has volume (last period's B converted): B→C cannot be lifted
        Funnel lag = Funnel.of(Stage.of("A", 100), Stage.of("B", 0), Stage.of("C", 5));
        PlanResult r2 = Planner.solve(lag, Goal.relative(2, "0.1"), new Strategy.OneRate(1));
        PlanResult.Infeasible inf = (PlanResult.Infeasible) r2;
        assertThat(inf.reasons().get(0).reason()).isEqualTo(Infeasibility.Reason.LEVER_NO_DATA);
        assertThat(inf.alternative()).isEmpty();
        PlanResult r3 = Planner.solve(lag, Goal.relative(2, "0.1"), new Strategy.TopVolume());
        assertThat(((PlanResult.Infeasible) r3).reasons().get(0).step()).isEqualTo(-1);
    }

    @Test
    void rateAlreadyAbove100CanHoldButNotRise() {
        Funnel lag = Funnel.of(Stage.of("Leads", 50), Stage.of("Deals", 60));
        PlanResult up = Planner.solve(lag, Goal.relative(1, "0.1"), new Strategy.OneRate(0));
        PlanResult.Infeasible inf = (PlanResult.Infeasible) up;
        assertThat(inf.bestEffort().orElseThrow().achieved()).isEqualTo(60);
        assertThat(inf.alternative().orElseThrow().volumeMultiplier()).isCloseTo(66.0 / 60, within(1e-12));
        assertThat(Planner.solve(lag, Goal.relative(1, "-0.5"), new Strategy.OneRate(0)).feasible()).isTrue();
    }

    @Test
    void twoStageFunnelAndStrategyValidation() {
        Funnel two = Funnel.of(Stage.of("Leads", 40), Stage.of("Deals", 10));
        Plan p = ((PlanResult.Feasible) Planner.solve(two, Goal.relative(1, "0.15"), new Strategy.OneRate(0))).plan();
        assertThat(p.target().whole()).isEqualByComparingTo("12"); // 11.5 → 12
        assertThat(p.steps().get(0).plannedRate().value()).isCloseTo(0.3, within(1e-15));
        assertThatThrownBy(() -> Strategy.Rates.equalLift(List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> Strategy.Rates.equalLift(List.of(0, 0))).hasMessageContaining("distinct");
        assertThatThrownBy(() -> new Strategy.Rates(List.of(0), List.of(-1.0))).hasMessageContaining("> 0");
        assertThatThrownBy(() -> new Strategy.Mix(1.5, List.of(0), List.of())).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> Ceilings.none().with(0, 0)).hasMessageContaining("> 0");
    }
}
