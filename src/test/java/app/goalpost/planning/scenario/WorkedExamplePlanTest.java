package app.goalpost.planning.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.goalpost.planning.Money;
import app.goalpost.planning.WorkedExample;
import app.goalpost.planning.funnel.Funnel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of docs/method.md (step 3), reproduced figure by figure. */
class WorkedExamplePlanTest {

    final Funnel baseline = WorkedExample.funnel();
    final Goal plus15 = Goal.relative(5, "0.15");

    static Plan plan(PlanResult r) {
        assertThat(r).isInstanceOf(PlanResult.Feasible.class);
        return ((PlanResult.Feasible) r).plan();
    }

    @Test
    void targetIs20point7RoundedUpTo21() {
        Target t = Target.resolve(baseline, plus15);
        assertThat(t.baseline()).isEqualTo(18);
        assertThat(t.exact()).isEqualByComparingTo("20.7");
        assertThat(t.whole()).isEqualByComparingTo("21");
        assertThat(t.rounded()).isTrue();
        assertThat(t.planned()).isEqualByComparingTo("21");
        assertThat(Target.resolve(baseline, plus15.exact()).planned()).isEqualByComparingTo("20.7");
    }

    @Test
    void visitorToLeadAloneGives3point45PercentFor20point7() {
        Plan p = plan(Planner.solve(baseline, plus15.exact(), new Strategy.OneRate(0)));
        assertThat(p.steps().get(0).plannedRate().value()).isCloseTo(0.0345, within(1e-15));
        assertThat(p.achieved()).isCloseTo(20.7, within(1e-12));
        assertThat(p.noExtraMediaSpend()).isTrue();
        assertThat(p.media().extraSpend()).hasValueSatisfying(m -> assertThat(m.isZero()).isTrue());
        // other rates held
        for (int i = 1; i < 5; i++) {
            assertThat(p.steps().get(i).changed()).isFalse();
            assertThat(p.steps().get(i).plannedRate()).isEqualTo(baseline.rate(i));
        }
        assertThat(p.stages().get(1).plannedVolume()).isCloseTo(690, within(1e-9));
        assertThat(p.stages().get(0).plannedVolume()).isEqualTo(20_000);
    }

    @Test
    void visitorToLeadAloneNeeds3point5PercentFor21WholeDeals() {
        Plan p = plan(Planner.solve(baseline, plus15, new Strategy.OneRate(0)));
        assertThat(p.steps().get(0).plannedRate().value()).isCloseTo(0.035, within(1e-15));
        assertThat(p.steps().get(0).changePoints()).isCloseTo(0.005, within(1e-15));
        assertThat(p.achieved()).isCloseTo(21, within(1e-12));
        assertThat(p.stages().get(5).plannedWhole()).isEqualTo(21);
        assertThat(p.noExtraMediaSpend()).isTrue();
        assertThat(p.messages()).extracting(m -> m.key())
                .containsExactly("plan.target.rounded", "plan.step.change", "plan.noExtraMediaSpend");
        assertThat(p.messages().get(0).args()).containsExactly("Customers", new BigDecimal("20.7"),
                new BigDecimal("21"), 18.0);
    }

    @Test
    void trafficAloneNeeds23334VisitorsAndPaysExtraVisitorsTimesCostPerVisitor() {
        Plan p = plan(Planner.solve(baseline, plus15, new Strategy.TopVolume()));
        StagePlan visitors = p.stages().get(0);
        assertThat(visitors.plannedVolume()).isCloseTo(20_000.0 * 21 / 18, within(1e-9)); // 23,333.3
        assertThat(visitors.plannedWhole()).isEqualTo(23_334);
        assertThat(p.noExtraMediaSpend()).isFalse();
        assertThat(p.media().extraVolumeWhole()).isEqualTo(3_334);
        assertThat(p.media().extraVolume()).isCloseTo(3_333.333333, within(1e-6));
        // cost per visitor = 10,000 EUR / 20,000 = 0.50 EUR; 3,334 extra visitors × 0.50 = 1,667 EUR
        assertThat(p.media().costPerUnit().orElseThrow().sameAs(Money.of("0.5", "EUR"))).isTrue();
        assertThat(p.media().extraSpend().orElseThrow().sameAs(Money.of("1667", "EUR"))).isTrue();
        assertThat(p.media().extraSpendExact().orElseThrow().amount().doubleValue()).isCloseTo(1666.67, within(0.01));
        // rates hold
        assertThat(p.steps()).allSatisfy(s -> assertThat(s.changed()).isFalse());
        assertThat(p.achieved()).isCloseTo(21, within(1e-12));
        assertThat(p.messages().get(1).key()).isEqualTo("plan.extraMediaSpend");
        // the amount travels as one Money argument, so each language writes it with its own currency format
        assertThat(p.messages().get(1).args()).containsExactly(3_334L, "Website visitors",
                Money.of(new BigDecimal("1667.0"), java.util.Currency.getInstance("EUR")));
        // the plan as a funnel keeps the cost per visitor
        Funnel after = p.applyTo(baseline);
        assertThat(after.cpa(0).orElseThrow().amount().doubleValue()).isCloseTo(0.5, within(1e-12));
        assertThat(after.volume(5)).isCloseTo(21, within(1e-12));
    }

    @Test
    void trafficWithoutSpendIsUnknownNotZero() {
        Plan p = plan(Planner.solve(WorkedExample.unkeyed(), plus15, new Strategy.TopVolume()));
        assertThat(p.media().unknown()).isTrue();
        assertThat(p.media().extraSpend()).isEmpty();
        assertThat(p.messages()).extracting(m -> m.key()).contains("plan.extraMediaSpendUnknown");
    }

    @Test
    void marketingRatesWithEqualLift() {
        Plan p = plan(Planner.solve(baseline, plus15, Strategy.Rates.equalLift(List.of(0, 1, 2))));
        double each = Math.cbrt(21.0 / 18);
        for (int i = 0; i < 3; i++) {
            assertThat(p.steps().get(i).multiplier()).isCloseTo(each, within(1e-12));
        }
        assertThat(p.achieved()).isCloseTo(21, within(1e-12));
        assertThat(p.noExtraMediaSpend()).isTrue();
    }

    @Test
    void halfVolumeHalfRates() {
        Plan p = plan(Planner.solve(baseline, plus15, new Strategy.Mix(0.5, List.of(0), List.of())));
        double half = Math.sqrt(21.0 / 18);
        assertThat(p.volumeMultiplier()).isCloseTo(half, within(1e-12));
        assertThat(p.steps().get(0).multiplier()).isCloseTo(half, within(1e-12));
        assertThat(p.achieved()).isCloseTo(21, within(1e-12));
        assertThat(p.noExtraMediaSpend()).isFalse();
    }
}
