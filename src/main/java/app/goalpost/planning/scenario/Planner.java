package app.goalpost.planning.scenario;

import app.goalpost.planning.Message;
import app.goalpost.planning.Money;
import app.goalpost.planning.Rate;
import app.goalpost.planning.Units;
import app.goalpost.planning.funnel.Funnel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Back-planning: works from a goal on one stage back to what must change. The goal stage's output is
 * baseline × volume multiplier × Π(step multipliers above it), so every strategy is a split of the required
 * multiplier M = target / baseline between levers. See {@link Strategy} for the split rules.
 *
 * <p>Ceilings are checked on every rate the plan raises (100%, or lower per {@link Ceilings}). When a strategy would
 * break one, the result is {@link PlanResult.Infeasible} with the reasons, the most the levers can give
 * ({@link Shortfall}) and a complete alternative: the lift moved to the other chosen rates (water-filling: capped
 * rates sit at their ceiling, the rest share what is left by their weights), or, when all are capped, the
 * remainder bought as top-of-funnel volume at the current CPA.
 */
public final class Planner {

    /** Relative slack on ceiling checks, so a rate planned exactly at its ceiling is not rejected for binary noise. */
    private static final double CEILING_SLACK = 1e-12;

    private Planner() {
    }

    public static PlanResult solve(Funnel funnel, Goal goal, Strategy strategy) {
        return solve(funnel, goal, strategy, Ceilings.none());
    }

    public static PlanResult solve(Funnel funnel, Goal goal, Strategy strategy, Ceilings ceilings) {
        Target t = Target.resolve(funnel, goal);
        int k = t.stage();
        int[] levers;
        double[] weights;
        double volumeShare;
        switch (strategy) {
            case Strategy.OneRate o -> {
                levers = new int[] {o.step()};
                weights = new double[] {1};
                volumeShare = 0;
            }
            case Strategy.TopVolume v -> {
                levers = new int[0];
                weights = new double[0];
                volumeShare = 1;
            }
            case Strategy.Rates r -> {
                levers = toInts(r.steps());
                weights = normalised(r.weights(), levers.length);
                volumeShare = 0;
            }
            case Strategy.Mix x -> {
                levers = toInts(x.steps());
                weights = normalised(x.weights(), levers.length);
                volumeShare = x.volumeShare();
            }
        }
        for (int s : levers) {
            if (s < 0 || s >= k) {
                throw new IllegalArgumentException("step " + s + " does not feed goal stage " + k);
            }
        }
        if (t.baseline() == 0) {
            return new PlanResult.Infeasible(t, strategy, List.of(new Infeasibility(
                    Infeasibility.Reason.NO_BASELINE_OUTPUT, -1, 0, 0,
                    Message.of("plan.infeasible.noBaselineOutput", t.stageName()))), Optional.empty(),
                    Optional.empty());
        }
        boolean volumeUsable = volumeUsable(funnel, k);
        List<Infeasibility> noData = new ArrayList<>();
        if (volumeShare > 0 && !volumeUsable) {
            noData.add(new Infeasibility(Infeasibility.Reason.LEVER_NO_DATA, -1, 0, 0,
                    Message.of("plan.infeasible.volumeNoData", funnel.stage(0).name())));
        }
        for (int s : levers) {
            OptionalInt blocking = funnel.blockingStage(s, k);
            if (!(funnel.rate(s).orElse(0) > 0)) {
                noData.add(new Infeasibility(Infeasibility.Reason.LEVER_NO_DATA, s, 0, 0,
                        Message.of("plan.infeasible.rateNoData", funnel.stage(s).name(), funnel.stage(s + 1).name())));
            } else if (blocking.isPresent()) {
                // A stage between the lever and the goal is 0: lifting the rate leaves the goal stage where it is.
                noData.add(new Infeasibility(Infeasibility.Reason.LEVER_NO_DATA, s, 0, 0,
                        Message.of("plan.infeasible.rateBlocked", funnel.stage(s).name(), funnel.stage(s + 1).name(),
                                funnel.stage(blocking.getAsInt()).name(), t.stageName())));
            }
        }
        if (!noData.isEmpty()) {
            return new PlanResult.Infeasible(t, strategy, noData, Optional.empty(), Optional.empty());
        }

        double m = t.multiplier();
        // Every planned stage volume is at most its baseline times max(1, M); refuse a goal whose plan would leave
        // the range where doubles and whole-unit rounding stay exact (a tiny fractional baseline, a huge goal).
        double peak = 0;
        for (int i = 0; i < funnel.size(); i++) {
            peak = Math.max(peak, funnel.volume(i));
        }
        if (!(peak * Math.max(1, m) <= Units.MAX_PLANNED_VOLUME)) {
            throw new IllegalArgumentException("goal of " + t.planned() + " " + t.stageName()
                    + " needs volumes above " + Units.MAX_PLANNED_VOLUME);
        }
        double mv = Math.pow(m, volumeShare);
        double[] mult = new double[funnel.steps()];
        java.util.Arrays.fill(mult, 1.0);
        double rateShare = 1 - volumeShare;
        for (int j = 0; j < levers.length; j++) {
            mult[levers[j]] = Math.pow(m, weights[j] * rateShare);
        }
        if (levers.length > 0) {
            // close the product exactly on M: the last lever absorbs the rounding of the powers
            double others = mv;
            for (int j = 0; j < levers.length - 1; j++) {
                others *= mult[levers[j]];
            }
            mult[levers[levers.length - 1]] = m / others;
        } else {
            mv = m;
        }

        List<Infeasibility> over = new ArrayList<>();
        for (int s : levers) {
            double r = funnel.rate(s).value();
            double c = ceilings.of(s);
            if (mult[s] > 1 && r * mult[s] > c * (1 + CEILING_SLACK)) {
                over.add(new Infeasibility(Infeasibility.Reason.ABOVE_CEILING, s, r * mult[s], c,
                        Message.of("plan.infeasible.aboveCeiling", funnel.stage(s).name(),
                                funnel.stage(s + 1).name(), r * mult[s], c, r)));
            }
        }
        if (over.isEmpty()) {
            return new PlanResult.Feasible(build(funnel, t, strategy, Plan.Adjustment.NONE, mv, mult, ceilings));
        }
        return infeasible(funnel, t, strategy, ceilings, levers, weights, rateShare, mv, volumeUsable, over);
    }

    private static PlanResult infeasible(Funnel funnel, Target t, Strategy strategy, Ceilings ceilings, int[] levers,
                                         double[] weights, double rateShare, double mv, boolean volumeUsable,
                                         List<Infeasibility> over) {
        double m = t.multiplier();
        double remainingLn = Math.log(m) * rateShare;
        double[] mult = new double[funnel.steps()];
        java.util.Arrays.fill(mult, 1.0);
        boolean[] capped = new boolean[levers.length];
        int free = levers.length;
        boolean changed = true;
        while (changed && free > 0) {
            changed = false;
            double sumW = 0;
            for (int j = 0; j < levers.length; j++) {
                if (!capped[j]) {
                    sumW += weights[j];
                }
            }
            for (int j = 0; j < levers.length; j++) {
                if (capped[j]) {
                    continue;
                }
                int s = levers[j];
                double cap = Math.max(1, ceilings.of(s) / funnel.rate(s).value());
                if (weights[j] / sumW * remainingLn > Math.log(cap)) {
                    capped[j] = true;
                    mult[s] = cap;
                    remainingLn -= Math.log(cap);
                    free--;
                    changed = true;
                }
            }
        }
        if (free > 0) {
            double sumW = 0;
            int last = -1;
            for (int j = 0; j < levers.length; j++) {
                if (!capped[j]) {
                    sumW += weights[j];
                    last = levers[j];
                }
            }
            double product = mv;
            for (int j = 0; j < levers.length; j++) {
                if (!capped[j] && levers[j] != last) {
                    mult[levers[j]] = Math.exp(weights[j] / sumW * remainingLn);
                }
                if (levers[j] != last) {
                    product *= mult[levers[j]];
                }
            }
            mult[last] = m / product;
            Plan alt = build(funnel, t, strategy, Plan.Adjustment.REDISTRIBUTED, mv, mult, ceilings);
            return new PlanResult.Infeasible(t, strategy, over, Optional.empty(), Optional.of(alt));
        }
        // every chosen rate is at its ceiling: show the most they give, and top the rest up with volume
        Plan best = build(funnel, t, strategy, Plan.Adjustment.BEST_EFFORT, mv, mult, ceilings);
        double achieved = best.achieved();
        double target = t.plannedValue();
        Shortfall shortfall = new Shortfall(best, achieved, target - achieved, target / achieved);
        Optional<Plan> alt = Optional.empty();
        if (volumeUsable) {
            double product = 1;
            for (int s : levers) {
                product *= mult[s];
            }
            alt = Optional.of(build(funnel, t, strategy, Plan.Adjustment.TOPPED_UP_WITH_VOLUME, m / product, mult,
                    ceilings));
        }
        return new PlanResult.Infeasible(t, strategy, over, Optional.of(shortfall), alt);
    }

    /** Volume can only carry the goal if every stage from the top down to the goal stage has volume. */
    private static boolean volumeUsable(Funnel f, int k) {
        for (int i = 0; i <= k; i++) {
            if (f.volume(i) == 0) {
                return false;
            }
        }
        return true;
    }

    static Plan build(Funnel f, Target t, Strategy strategy, Plan.Adjustment adj, double mv, double[] mult,
                      Ceilings ceilings) {
        int n = f.size();
        List<StagePlan> stages = new ArrayList<>(n);
        List<StepPlan> steps = new ArrayList<>(n - 1);
        List<Message> messages = new ArrayList<>(4);
        messages.add(Message.of(t.rounded() ? "plan.target.rounded" : "plan.target", t.stageName(), t.exact(),
                t.whole(), t.baseline()));
        double c = mv;
        for (int i = 0; i < n; i++) {
            stages.add(new StagePlan(i, f.stage(i).name(), f.volume(i), f.volume(i) * c));
            if (i < n - 1) {
                Rate base = f.rate(i);
                Rate planned = base.isDefined() ? Rate.of(base.value() * mult[i]) : base;
                boolean changed = mult[i] != 1.0;
                steps.add(new StepPlan(i, f.stage(i).name(), f.stage(i + 1).name(), base, planned, mult[i], changed,
                        ceilings.of(i)));
                if (changed && base.isDefined()) {
                    messages.add(Message.of("plan.step.change", f.stage(i).name(), f.stage(i + 1).name(),
                            base.value(), planned.value()));
                }
                c *= mult[i];
            }
        }
        MediaSpend media = media(f, mv);
        if (media.noExtraMediaSpend()) {
            messages.add(Message.of("plan.noExtraMediaSpend"));
        } else if (media.unknown()) {
            messages.add(Message.of("plan.extraMediaSpendUnknown", media.extraVolumeWhole(), f.stage(0).name()));
        } else {
            Money spend = media.extraSpend().orElseThrow();
            messages.add(Message.of("plan.extraMediaSpend", media.extraVolumeWhole(), f.stage(0).name(),
                    spend));
        }
        if (adj == Plan.Adjustment.REDISTRIBUTED) {
            messages.add(Message.of("plan.adjustment.redistributed"));
        } else if (adj == Plan.Adjustment.TOPPED_UP_WITH_VOLUME) {
            messages.add(Message.of("plan.adjustment.toppedUp", f.stage(0).name()));
        }
        return new Plan(strategy, adj, t, mv, stages, steps, media, messages);
    }

    private static MediaSpend media(Funnel f, double mv) {
        Optional<Money> cpu = f.cpa(0);
        if (mv == 1.0) {
            Optional<Money> zero = f.currency().map(Money::zero);
            return new MediaSpend(true, 0, 0, cpu, zero, zero);
        }
        double v0 = f.volume(0);
        double extra = v0 * mv - v0;
        long extraWhole = Units.ceilWhole(v0 * mv) - Units.ceilWhole(v0);
        return new MediaSpend(false, extra, extraWhole, cpu,
                cpu.map(p -> p.times(BigDecimal.valueOf(extraWhole))), cpu.map(p -> p.times(extra)));
    }

    private static int[] toInts(List<Integer> steps) {
        int[] a = new int[steps.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = steps.get(i);
        }
        return a;
    }

    private static double[] normalised(List<Double> weights, int n) {
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = weights.isEmpty() ? 1 : weights.get(i);
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        return w;
    }
}
