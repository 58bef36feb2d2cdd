package app.goalpost.scenario;

/** Reads a scenario goal as the revision history stores it ({@code KIND|stage|amount|dealValue}). */
public final class ScenarioGoalText {

    private ScenarioGoalText() {
    }

    /** Kind, stage index, amount and deal value (empty when none). */
    public static String[] parts(String stored) {
        return stored.split("\\|", -1);
    }
}
