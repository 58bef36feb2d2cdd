package app.goalpost.scenario.ui;

import app.goalpost.funnel.BaselineId;
import app.goalpost.scenario.ScenarioId;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.ui.WorkspaceNavigation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;

/**
 * Typed links to the goal scenarios of a workspace: {@code w/{id}/scenarios[/{baselineId}[/new]][?scenario={id}]}.
 * A new draft has its own address ({@code .../new}), so reloading the page keeps the draft open.
 */
public final class ScenarioNavigation {

    private ScenarioNavigation() {
    }

    /** The scenarios of the workspace's current baseline (or its newest one). */
    public static void scenarios(WorkspaceId workspaceId) {
        WorkspaceNavigation.open(ScenariosView.class, workspaceId);
    }

    /** The scenarios of one baseline, the first one open. */
    public static void baseline(WorkspaceId workspaceId, BaselineId baselineId) {
        go(params(workspaceId, Map.of(ScenariosView.BASELINE_ID, String.valueOf(baselineId.value()))),
                QueryParameters.empty());
    }

    public static void scenario(WorkspaceId workspaceId, BaselineId baselineId, ScenarioId scenarioId) {
        go(params(workspaceId, Map.of(ScenariosView.BASELINE_ID, String.valueOf(baselineId.value()))),
                QueryParameters.of(ScenariosView.SCENARIO, String.valueOf(scenarioId.value())));
    }

    /** A new scenario on the baseline, starting from the default draft. */
    public static void newDraft(WorkspaceId workspaceId, BaselineId baselineId) {
        go(params(workspaceId, Map.of(ScenariosView.BASELINE_ID, String.valueOf(baselineId.value()),
                ScenariosView.DRAFT, ScenariosView.NEW)), QueryParameters.empty());
    }

    private static RouteParameters params(WorkspaceId workspaceId, Map<String, String> more) {
        return WorkspaceNavigation.params(workspaceId, more);
    }

    /**
     * Navigates through the router, so the page is built the one way it is built from a typed URL. After a save
     * the address is often the one already shown, and the router does not enter a view again for its own
     * location: then the route is refreshed (a new view on the saved data).
     */
    private static void go(RouteParameters params, QueryParameters query) {
        UI ui = UI.getCurrent();
        String path = RouteConfiguration.forSessionScope().getUrl(ScenariosView.class, params);
        var current = ui.getActiveViewLocation();
        if (current.getPath().equals(path) && current.getQueryParameters().getParameters()
                .equals(query.getParameters())) {
            ui.refreshCurrentRoute(false);
        } else {
            ui.navigate(ScenariosView.class, params, query);
        }
    }
}
