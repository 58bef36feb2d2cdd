package app.goalpost.scenario;

import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.ChangeSubjectNames;
import app.goalpost.workspace.WorkspaceId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Names the scenario of a scenario or plan-adopted change (the live note of open pages). */
@Component
class ScenarioChangeNames implements ChangeSubjectNames {

    private final ScenarioService scenarios;

    ScenarioChangeNames(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    @Override
    public Optional<String> name(WorkspaceId workspaceId, ChangeKind kind, long subjectId) {
        if (subjectId <= 0 || (kind != ChangeKind.SCENARIO && kind != ChangeKind.PLAN_ADOPTED)) {
            return Optional.empty();
        }
        try {
            return Optional.of(scenarios.get(workspaceId, new ScenarioId(subjectId)).name());
        } catch (RuntimeException gone) {
            return Optional.empty();
        }
    }
}
