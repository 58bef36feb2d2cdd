package app.goalpost.planning.funnel;

import app.goalpost.planning.Money;
import app.goalpost.planning.benchmark.BenchmarkCost;
import app.goalpost.planning.benchmark.BenchmarkRate;
import app.goalpost.planning.benchmark.BenchmarkSet;
import app.goalpost.planning.benchmark.Point;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * (c) Baseline from benchmarks plus budget, for startups without history: the volume of the paid stage is
 * budget / benchmark cost per unit; stages downstream follow the benchmark rates, stages upstream are
 * back-computed by dividing by them. The whole budget is attributed to the paid stage. Volumes stay fractional;
 * no FX conversion is attempted (the cost currency must equal the budget currency).
 */
public final class BenchmarkBaseline {

    private BenchmarkBaseline() {
    }

    /** Uses the set's first paid stage and the median of every range. */
    public static Funnel fromBudget(BenchmarkSet set, Money budget) {
        BenchmarkCost cost = set.firstPaidStage()
                .orElseThrow(() -> new IllegalArgumentException("set '" + set.key() + "' has no cost row"));
        return fromBudget(set, budget, cost.stage(), Point.MEDIAN);
    }

    /**
     * @param paidStage the stage key whose benchmark cost converts the budget into volume
     * @param point     which point of each range to use (LOW is the cautious plan; missing low/high → median)
     */
    public static Funnel fromBudget(BenchmarkSet set, Money budget, String paidStage, Point point) {
        if (budget.signum() <= 0) {
            throw new IllegalArgumentException("budget must be > 0: " + budget);
        }
        List<String> order = set.stageOrder();
        int paid = order.indexOf(paidStage);
        if (paid < 0) {
            throw new IllegalArgumentException("stage '" + paidStage + "' is not in set '" + set.key() + "'");
        }
        Money unitCost = set.cost(paidStage)
                .orElseThrow(() -> new IllegalArgumentException("set has no cost for '" + paidStage + "'"))
                .at(point);
        if (!unitCost.currency().equals(budget.currency())) {
            throw new IllegalArgumentException("benchmark cost is in " + unitCost.currency() + ", budget in "
                    + budget.currency() + ": convert the budget first");
        }
        double[] rates = new double[order.size() - 1];
        for (int i = 0; i < rates.length; i++) {
            String from = order.get(i);
            String to = order.get(i + 1);
            BenchmarkRate r = set.rate(from, to).orElseThrow(() -> new IllegalArgumentException(
                    "set '" + set.key() + "' has no rate for consecutive stages " + from + " → " + to));
            rates[i] = r.rate().at(point);
        }
        double[] v = new double[order.size()];
        v[paid] = budget.amount().divide(unitCost.amount(), Money.MC).doubleValue();
        for (int i = paid - 1; i >= 0; i--) {
            if (rates[i] == 0) {
                throw new IllegalArgumentException("rate " + order.get(i) + " → " + order.get(i + 1)
                        + " is 0: upstream volume cannot be back-computed");
            }
            v[i] = v[i + 1] / rates[i];
        }
        for (int i = paid; i < rates.length; i++) {
            v[i + 1] = v[i] * rates[i];
        }
        List<Stage> stages = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            String key = order.get(i);
            Optional<Money> spend = i == paid ? Optional.of(budget) : Optional.empty();
            stages.add(new Stage(key, Optional.of(key), v[i], spend));
        }
        return new Funnel(stages);
    }

    /** Budget needed to buy {@code units} of the paid stage at the benchmark cost (helper for "what budget?"). */
    public static Money budgetFor(BenchmarkCost cost, Point point, double units) {
        return cost.at(point).times(BigDecimal.valueOf(units));
    }
}
