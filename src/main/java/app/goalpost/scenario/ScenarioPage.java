package app.goalpost.scenario;

import app.goalpost.funnel.BaselineData;
import app.goalpost.funnel.BaselineSummary;
import app.goalpost.planning.funnel.Funnel;
import app.goalpost.shared.InvalidInputException;
import java.util.List;
import java.util.Optional;

/**
 * What the scenarios page shows, decided by {@link ScenarioService#page}: the baseline and its funnel, every
 * scenario of it solved (or the reason it cannot be), the scenario on screen and the form to edit, which is the
 * selected scenario's or, for someone who may edit, the default draft.
 *
 * @param form     empty when nothing is to be edited or read in detail (a viewer of a baseline without scenarios)
 * @param editable whether the user may save, duplicate and adopt here
 */
public record ScenarioPage(BaselineData baseline, Funnel funnel, List<BaselineSummary> baselines,
        List<Compared> scenarios, Optional<ScenarioData> selected, Optional<ScenarioForm> form, boolean editable) {

    public ScenarioPage {
        baselines = List.copyOf(baselines);
        scenarios = List.copyOf(scenarios);
    }

    /**
     * One scenario of the comparison: solved, or refused with the reason (a scenario saved before stages were
     * removed no longer fits its baseline); never silently missing.
     */
    public record Compared(ScenarioData scenario, Optional<ScenarioSolution> solution,
            Optional<InvalidInputException> problem) {
    }
}
