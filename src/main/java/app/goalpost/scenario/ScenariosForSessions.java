package app.goalpost.scenario;

import app.goalpost.collab.session.SessionScenarios;
import app.goalpost.funnel.BaselineId;
import app.goalpost.funnel.BaselineSummary;
import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.BaselineData;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The scenarios a goal-setting session records, read through {@link ScenarioService} (its access checks apply). Lives
 * here so that the session layer does not depend on the scenario feature.
 */
@Component
class ScenariosForSessions implements SessionScenarios {

    private final ScenarioService scenarios;
    private final FunnelService funnels;

    ScenariosForSessions(ScenarioService scenarios, FunnelService funnels) {
        this.scenarios = scenarios;
        this.funnels = funnels;
    }

    @Override
    public Optional<ScenarioRef> find(WorkspaceId workspace, long scenario) {
        try {
            return Optional.of(ref(scenarios.get(workspace, new ScenarioId(scenario))));
        } catch (WorkspaceNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<ScenarioRef> compared(WorkspaceId workspace, Optional<Long> baseline) {
        try {
            Optional<Long> shown = baseline.isPresent() ? baseline
                    : funnels.currentBaseline(workspace).map(BaselineData::id)
                            .or(() -> funnels.baselines(workspace).stream().findFirst().map(BaselineSummary::id));
            return shown.map(id -> scenarios.list(workspace, new BaselineId(id)).stream()
                    .map(ScenariosForSessions::ref).toList()).orElse(List.of());
        } catch (WorkspaceNotFoundException e) {
            return List.of();
        }
    }

    private static ScenarioRef ref(ScenarioData s) {
        return new ScenarioRef(s.id(), s.form().baselineId(), s.form().name());
    }
}
