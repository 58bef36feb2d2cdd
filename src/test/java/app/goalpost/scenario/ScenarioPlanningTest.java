package app.goalpost.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.planning.WorkedExample;
import app.goalpost.planning.benchmark.BenchmarkCatalogue;
import app.goalpost.planning.scenario.Plan;
import app.goalpost.planning.scenario.PlanResult;
import app.goalpost.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** From the scenario form to the engine: goal kinds, lever kinds, ceilings and the validation messages. */
class ScenarioPlanningTest {

    static final Currency EUR = Currency.getInstance("EUR");

    static ScenarioForm form(GoalKind goal, String amount, Optional<BigDecimal> deal, LeverKind lever,
            List<Integer> steps, List<Double> weights, CeilingMode ceiling) {
        return new ScenarioForm("S", 1, goal, 5, new BigDecimal(amount), deal, lever, steps, weights, 0.5, ceiling,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
    }

    static Plan plan(ScenarioForm form, boolean exact) {
        PlanResult r = ScenarioPlanning.solve(form, WorkedExample.funnel(), EUR,
                BenchmarkCatalogue.fromClasspath().set("b2b-saas"), exact);
        return ((PlanResult.Feasible) r).plan();
    }

    @Test
    void aRevenueGoalIsTurnedIntoDealsAtTheAverageDealValue() {
        Plan p = plan(form(GoalKind.REVENUE, "41000", Optional.of(new BigDecimal("2000")), LeverKind.ONE_RATE,
                List.of(0), List.of(), CeilingMode.NONE), false);
        assertThat(p.target().exact()).isEqualByComparingTo("20.5");
        assertThat(p.target().whole()).isEqualByComparingTo("21");
        assertThat(p.steps().getFirst().plannedRate().value()).isCloseTo(0.035, Offset.offset(1e-12));
    }

    @Test
    void theExactVariantPlansForTheUnroundedFigure() {
        Plan p = plan(form(GoalKind.RELATIVE, "15", Optional.empty(), LeverKind.ONE_RATE, List.of(0), List.of(),
                CeilingMode.NONE), true);
        assertThat(p.steps().getFirst().plannedRate().value()).isCloseTo(0.0345, Offset.offset(1e-12));
    }

    @Test
    void absoluteGoalsMixesAndWeightedRatesSolve() {
        assertThat(plan(form(GoalKind.ABSOLUTE, "24", Optional.empty(), LeverKind.MIX, List.of(0, 1), List.of(),
                CeilingMode.NONE), false).achieved()).isCloseTo(24, Offset.offset(1e-9));
        Plan weighted = plan(form(GoalKind.RELATIVE, "20", Optional.empty(), LeverKind.RATES, List.of(0, 1),
                List.of(3.0, 1.0), CeilingMode.NONE), false);
        assertThat(weighted.steps().get(0).multiplier()).isGreaterThan(weighted.steps().get(1).multiplier());
    }

    @Test
    void benchmarkCeilingsMakeAGreedyRateGoalInfeasibleWithAnAlternative() {
        // b2b-saas has lead→mql at 39% (median only): +100% customers through lead→mql alone needs 50%
        PlanResult r = ScenarioPlanning.solve(form(GoalKind.RELATIVE, "100", Optional.empty(), LeverKind.ONE_RATE,
                List.of(1), List.of(), CeilingMode.BENCHMARK_HIGH), WorkedExample.funnel(), EUR,
                BenchmarkCatalogue.fromClasspath().set("b2b-saas"));
        assertThat(r).isInstanceOf(PlanResult.Infeasible.class);
        assertThat(((PlanResult.Infeasible) r).alternative()).isPresent();
    }

    @Test
    void invalidFormsNameTheirField() {
        assertThatThrownBy(() -> plan(form(GoalKind.REVENUE, "1000", Optional.empty(), LeverKind.VOLUME, List.of(),
                List.of(), CeilingMode.NONE), false)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("dealValue"));
        assertThatThrownBy(() -> plan(form(GoalKind.RELATIVE, "-100", Optional.empty(), LeverKind.VOLUME, List.of(),
                List.of(), CeilingMode.NONE), false)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("goalAmount"));
        assertThatThrownBy(() -> plan(form(GoalKind.RELATIVE, "10", Optional.empty(), LeverKind.RATES, List.of(0, 1),
                List.of(1.0), CeilingMode.NONE), false)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("weights"));
        assertThatThrownBy(() -> plan(form(GoalKind.RELATIVE, "10", Optional.empty(), LeverKind.ONE_RATE,
                List.of(0, 1), List.of(), CeilingMode.NONE), false)).isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("steps"));
    }

    /** A goal refused for its size says so, not "a change above -100%". */
    @org.junit.jupiter.api.Test
    void aHugeGoalIsRefusedAsTooLarge() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScenarioPlanning.validate(form(GoalKind.ABSOLUTE,
                "99999999999999999999", Optional.empty(), LeverKind.ONE_RATE, List.of(0), List.of(), CeilingMode.NONE),
                WorkedExample.funnel()))
                .isInstanceOfSatisfying(app.goalpost.shared.InvalidInputException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.messageKey())
                                .isEqualTo("scenario.error.goalTooLarge"));
    }
}
