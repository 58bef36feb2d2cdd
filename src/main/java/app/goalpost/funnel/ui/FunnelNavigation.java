package app.goalpost.funnel.ui;

import app.goalpost.funnel.BaselineId;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.ui.WorkspaceNavigation;
import com.vaadin.flow.component.UI;
import java.util.Map;

/** Typed links to the funnel pages of a workspace (the baseline and the growth levers). */
public final class FunnelNavigation {

    private FunnelNavigation() {
    }

    /** The funnel page on the workspace's current baseline. */
    public static void baseline(WorkspaceId workspaceId) {
        WorkspaceNavigation.open(FunnelView.class, workspaceId);
    }

    public static void baseline(WorkspaceId workspaceId, BaselineId baselineId) {
        UI.getCurrent().navigate(FunnelView.class,
                WorkspaceNavigation.params(workspaceId, Map.of(FunnelView.BASELINE_ID,
                        String.valueOf(baselineId.value()))));
    }

    public static void levers(WorkspaceId workspaceId) {
        WorkspaceNavigation.open(LeversView.class, workspaceId);
    }
}
