package app.goalpost.workspace.ui;

import app.goalpost.workspace.WorkspaceId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;

/**
 * Typed links into workspaces ({@code w/:workspaceId/...}) and to the agency home. Each feature has its own
 * navigation class for its pages (KpiNavigation, FunnelNavigation, ScenarioNavigation) built on
 * {@link #params}, so that no view builds a URL or a {@link RouteParameters} by hand.
 */
public final class WorkspaceNavigation {

    private WorkspaceNavigation() {
    }

    /** The workspace's landing page. */
    public static void home(WorkspaceId workspaceId) {
        open(WorkspaceEntryView.class, workspaceId);
    }

    public static void settings(WorkspaceId workspaceId) {
        open(WorkspaceOverviewView.class, workspaceId);
    }

    /**
     * The agency home (the portfolio feature's page at the root; for a client user, their workspace). By path: the
     * portfolio depends on this package, not the other way round.
     */
    public static void agencyHome() {
        UI.getCurrent().navigate("");
    }

    /** Opens a workspace page that takes only the workspace id. */
    public static void open(Class<? extends Component> view, WorkspaceId workspaceId) {
        UI.getCurrent().navigate(view, params(workspaceId));
    }

    public static RouteParameters params(WorkspaceId workspaceId) {
        return new RouteParameters(WorkspaceScopedView.WORKSPACE_ID, String.valueOf(workspaceId.value()));
    }

    /** The workspace id plus a page's own parameters, e.g. {@code params(new WorkspaceId(1), Map.of("kpiId", "7"))}. */
    public static RouteParameters params(WorkspaceId workspaceId, Map<String, String> more) {
        Map<String, String> all = new java.util.HashMap<>(more);
        all.put(WorkspaceScopedView.WORKSPACE_ID, String.valueOf(workspaceId.value()));
        return new RouteParameters(all);
    }
}
