package app.goalpost.kpi.ui;

import app.goalpost.workspace.ui.WorkspaceNavigation;
import com.vaadin.flow.component.UI;
import java.util.Map;

/** Typed links to the KPI pages of a workspace; the views themselves stay package-private. */
public final class KpiNavigation {

    private KpiNavigation() {
    }

    public static void dashboard(long workspaceId) {
        WorkspaceNavigation.open(DashboardView.class, workspaceId);
    }

    public static void list(long workspaceId) {
        WorkspaceNavigation.open(KpiListView.class, workspaceId);
    }

    public static void detail(long workspaceId, long kpiId) {
        UI.getCurrent().navigate(KpiDetailView.class,
                WorkspaceNavigation.params(workspaceId, Map.of(KpiDetailView.KPI_ID, String.valueOf(kpiId))));
    }
}
