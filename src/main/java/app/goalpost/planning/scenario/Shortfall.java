package app.goalpost.planning.scenario;

import app.goalpost.planning.Message;

/**
 * The most the chosen levers can give: {@code plan} has every binding lever at its ceiling; {@code achieved} is
 * the resulting goal-stage volume, {@code stillNeeded} the missing units and {@code remainingMultiplier} the factor
 * still needed from other levers (e.g. traffic).
 */
public record Shortfall(Plan plan, double achieved, double stillNeeded, double remainingMultiplier) {

    /** "At most {1} {0} with these levers; {2} still needed ({3} more from other levers)." */
    public Message message() {
        return Message.of("plan.shortfall", plan.target().stageName(), achieved, stillNeeded,
                remainingMultiplier - 1);
    }
}
