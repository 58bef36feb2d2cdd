package app.goalpost.scenario;

import app.goalpost.planning.Money;
import app.goalpost.planning.benchmark.BenchmarkSet;
import app.goalpost.planning.benchmark.Point;
import app.goalpost.planning.funnel.Funnel;
import app.goalpost.planning.scenario.Ceilings;
import app.goalpost.planning.scenario.Goal;
import app.goalpost.planning.scenario.PlanResult;
import app.goalpost.planning.scenario.Planner;
import app.goalpost.planning.scenario.Strategy;
import app.goalpost.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Turns a scenario as the user states it into the engine's goal, strategy and ceilings, and solves it. */
public final class ScenarioPlanning {

    private ScenarioPlanning() {
    }

    /** Validates the form against the baseline funnel; throws {@link InvalidInputException} for the first problem. */
    public static void validate(ScenarioForm form, Funnel funnel) {
        if (form.name() == null || form.name().isBlank() || form.name().strip().length() > 120) {
            throw new InvalidInputException("name", "scenario.error.name");
        }
        if (form.goalStage() < 1 || form.goalStage() >= funnel.size()) {
            throw new InvalidInputException("goalStage", "scenario.error.goalStage");
        }
        BigDecimal amount = form.goalAmount();
        if (amount != null && amount.abs().compareTo(new BigDecimal("1000000000")) > 0) {
            throw new InvalidInputException("goalAmount", "scenario.error.goalTooLarge");
        }
        if (amount == null || amount.abs().compareTo(new BigDecimal("1000000000")) > 0
                || (form.goalKind() == GoalKind.RELATIVE ? amount.compareTo(new BigDecimal("-100")) <= 0
                        : amount.signum() <= 0)) {
            throw new InvalidInputException("goalAmount", "scenario.error.goalAmount");
        }
        if (form.goalKind() == GoalKind.REVENUE
                && (form.dealValue().isEmpty() || form.dealValue().get().signum() <= 0)) {
            throw new InvalidInputException("dealValue", "scenario.error.dealValue");
        }
        if (form.leverKind() != LeverKind.VOLUME) {
            if (form.steps().isEmpty() || (form.leverKind() == LeverKind.ONE_RATE && form.steps().size() != 1)
                    || new HashSet<>(form.steps()).size() != form.steps().size()
                    || form.steps().stream().anyMatch(s -> s < 0 || s >= form.goalStage())) {
                throw new InvalidInputException("steps", "scenario.error.steps");
            }
            if (!form.weights().isEmpty() && (form.weights().size() != form.steps().size()
                    || form.weights().stream().anyMatch(w -> !(w > 0) || w.isInfinite()))) {
                throw new InvalidInputException("weights", "scenario.error.weights");
            }
        }
        if (form.leverKind() == LeverKind.MIX && !(form.volumeShare() >= 0 && form.volumeShare() <= 1)) {
            throw new InvalidInputException("volumeShare", "scenario.error.volumeShare");
        }
        if (form.periodStart() == null || form.periodEnd() == null || form.periodEnd().isBefore(form.periodStart())) {
            throw new InvalidInputException("period", "scenario.error.period");
        }
    }

    public static PlanResult solve(ScenarioForm form, Funnel funnel, Currency currency,
            Optional<BenchmarkSet> benchmarks) {
        return solve(form, funnel, currency, benchmarks, false);
    }

    /**
     * With {@code exact}, plans for the unrounded target (20.7 deals) instead of whole units (21): the page shows
     * both so that the rounding is never hidden (3.45% vs 3.5%).
     */
    public static PlanResult solve(ScenarioForm form, Funnel funnel, Currency currency,
            Optional<BenchmarkSet> benchmarks, boolean exact) {
        validate(form, funnel);
        Goal goal = switch (form.goalKind()) {
            case RELATIVE -> Goal.percentChange(form.goalStage(), form.goalAmount());
            case ABSOLUTE -> Goal.absolute(form.goalStage(), form.goalAmount());
            case REVENUE -> Goal.revenue(form.goalStage(), Money.of(form.goalAmount(), currency),
                    Money.of(form.dealValue().orElseThrow(), currency));
        };
        if (exact) {
            goal = goal.exact();
        }
        List<Double> weights = form.weights();
        Strategy strategy = switch (form.leverKind()) {
            case ONE_RATE -> new Strategy.OneRate(form.steps().getFirst());
            case VOLUME -> new Strategy.TopVolume();
            case RATES -> new Strategy.Rates(form.steps(), weights);
            case MIX -> new Strategy.Mix(form.volumeShare(), form.steps(), weights);
        };
        Ceilings ceilings = form.ceilingMode() == CeilingMode.BENCHMARK_HIGH && benchmarks.isPresent()
                ? Ceilings.fromBenchmarks(funnel, benchmarks.get(), Point.HIGH) : Ceilings.none();
        return Planner.solve(funnel, goal, strategy, ceilings);
    }
}
