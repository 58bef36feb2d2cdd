package app.goalpost.collab.session;

import app.goalpost.workspace.WorkspaceId;
import java.util.List;
import java.util.Optional;

/**
 * What a session needs to know about the workspace's goal scenarios, implemented by the scenario feature (which
 * depends on this package, so that the live layer never depends on a feature whose pages subscribe to it). Reads go
 * through the scenario feature's own access checks.
 */
public interface SessionScenarios {

    /** A scenario of the workspace, or empty when it is not one of the workspace's. */
    Optional<ScenarioRef> find(WorkspaceId workspace, long scenario);

    /**
     * The scenarios the scenarios page compares for the given baseline (when empty: the baseline the page opens by
     * default, the current one or else the newest).
     */
    List<ScenarioRef> compared(WorkspaceId workspace, Optional<Long> baseline);

    record ScenarioRef(long id, long baselineId, String name) {
    }
}
