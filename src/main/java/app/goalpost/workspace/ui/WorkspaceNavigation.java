package app.goalpost.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** Typed links into a workspace page ({@code w/:workspaceId/...}). */
public final class WorkspaceNavigation {

    private WorkspaceNavigation() {
    }

    public static void open(Class<? extends Component> view, long workspaceId) {
        UI.getCurrent().navigate(view, params(workspaceId));
    }

    public static RouteParameters params(long workspaceId) {
        return new RouteParameters(WorkspaceScopedView.WORKSPACE_ID, String.valueOf(workspaceId));
    }
}
