package app.goalpost.funnel;

import app.goalpost.planning.Money;
import app.goalpost.planning.benchmark.BenchmarkCost;
import app.goalpost.planning.benchmark.BenchmarkSet;
import app.goalpost.planning.funnel.BenchmarkBaseline;
import app.goalpost.planning.funnel.Funnel;
import app.goalpost.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Volumes of a benchmark + budget baseline (Method step 1 (docs/method.md), startups) mapped onto the workspace's stages by
 * benchmark key. The engine does no currency conversion, so the budget is in the benchmark cost's currency; the
 * spend is attributed to the paid stage only when that is also the workspace currency.
 *
 * @param uncovered names of the workspace stages the set says nothing about (left at 0)
 */
public record BenchmarkProposal(List<BaselineRow> rows, Currency budgetCurrency, String paidStage,
        boolean spendAttributed, List<String> uncovered) {

    /** The currency the budget must be entered in for this set. */
    public static Optional<Currency> budgetCurrency(BenchmarkSet set) {
        return set.firstPaidStage().map(BenchmarkCost::currency);
    }

    public static BenchmarkProposal of(List<StageInfo> stages, BenchmarkSet set, BigDecimal budget,
            Currency workspaceCurrency) {
        BenchmarkCost cost = set.firstPaidStage()
                .orElseThrow(() -> new InvalidInputException("benchmarkSet", "baseline.error.setWithoutCost"));
        if (budget == null || budget.signum() <= 0) {
            throw new InvalidInputException("budget", "baseline.error.budget");
        }
        Funnel funnel;
        try {
            funnel = BenchmarkBaseline.fromBudget(set, Money.of(budget, cost.currency()));
        } catch (IllegalArgumentException e) {
            // a set with a gap in its stage chain cannot carry volumes from the paid stage
            throw new InvalidInputException("benchmarkSet", "baseline.error.setIncomplete", set.name());
        }
        boolean attributed = cost.currency().equals(workspaceCurrency);
        List<BaselineRow> rows = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        for (StageInfo stage : stages) {
            OptionalInt index = stage.benchmarkKey().map(funnel::indexOfKey).orElse(OptionalInt.empty());
            if (index.isEmpty()) {
                uncovered.add(stage.name());
                rows.add(new BaselineRow(stage.id(), stage.name(), stage.benchmarkKey(), BigDecimal.ZERO,
                        Optional.empty()));
                continue;
            }
            BigDecimal volume = BigDecimal.valueOf(funnel.volume(index.getAsInt())).setScale(1, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            Optional<BigDecimal> spend = attributed && stage.benchmarkKey().get().equals(cost.stage())
                    ? Optional.of(budget.setScale(2, RoundingMode.HALF_UP)) : Optional.empty();
            rows.add(new BaselineRow(stage.id(), stage.name(), stage.benchmarkKey(), volume, spend));
        }
        return new BenchmarkProposal(rows, cost.currency(), cost.stage(), attributed, uncovered);
    }
}
