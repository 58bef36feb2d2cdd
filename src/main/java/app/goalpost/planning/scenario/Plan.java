package app.goalpost.planning.scenario;

import app.goalpost.planning.Message;
import app.goalpost.planning.funnel.Funnel;
import app.goalpost.planning.funnel.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * A solution: per stage baseline and planned volume, per step baseline and planned rate, and the media spend.
 * Planned volume of stage i = baseline volume × volume multiplier × product of the step multipliers above i
 * (so stages downstream of the goal stage move with it, and zero-volume stages stay consistent).
 */
public record Plan(Strategy strategy, Adjustment adjustment, Target target, double volumeMultiplier,
                   List<StagePlan> stages, List<StepPlan> steps, MediaSpend media, List<Message> messages) {

    /** How the plan relates to the strategy the user asked for. */
    public enum Adjustment {
        /** Exactly the requested strategy. */
        NONE,
        /** The requested rates, with the lift moved from capped rates to the others (weights not respected). */
        REDISTRIBUTED,
        /** The requested levers at their ceilings, the rest bought as top-of-funnel volume. */
        TOPPED_UP_WITH_VOLUME,
        /** The requested levers at their ceilings, target not reached (see {@link Shortfall}). */
        BEST_EFFORT
    }

    public Plan {
        stages = List.copyOf(stages);
        steps = List.copyOf(steps);
        messages = List.copyOf(messages);
    }

    /** Planned volume of the goal stage. */
    public double achieved() {
        return stages.get(target.stage()).plannedVolume();
    }

    /** True when only rates change (no extra media spend). */
    public boolean noExtraMediaSpend() {
        return media.noExtraMediaSpend();
    }

    /**
     * The plan as a funnel: planned volumes, and first-stage spend increased by the exact extra spend (so the CPA
     * of the first stage is unchanged, as the plan assumes).
     */
    public Funnel applyTo(Funnel baseline) {
        List<Stage> out = new ArrayList<>(baseline.size());
        for (int i = 0; i < baseline.size(); i++) {
            Stage s = baseline.stage(i).withVolume(stages.get(i).plannedVolume());
            if (i == 0 && s.spend().isPresent() && media.extraSpendExact().isPresent()) {
                s = s.withSpend(s.spend().get().plus(media.extraSpendExact().get()));
            }
            out.add(s);
        }
        return new Funnel(out);
    }
}
