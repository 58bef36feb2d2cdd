package app.goalpost.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A saved scenario, with the per-stage targets stored when it was adopted as the plan of record. */
public record ScenarioData(long id, long workspaceId, ScenarioForm form, boolean adopted, Optional<Instant> adoptedAt,
        long version, List<PlannedTarget> targets) {

    public ScenarioData {
        targets = List.copyOf(targets);
    }

    public String name() {
        return form.name();
    }

    /** A planned volume for one stage over the scenario's period; {@code wholeUnits} rounded up. */
    public record PlannedTarget(String stageName, Optional<String> stageKey, double plannedVolume, long wholeUnits) {
    }
}
