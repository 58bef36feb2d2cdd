package app.goalpost.kpi.ui;

import app.goalpost.kpi.KpiId;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.ui.WorkspaceNavigation;
import com.vaadin.flow.component.UI;
import java.util.Map;

/** Typed links to the KPI pages of a workspace; the views themselves stay package-private. */
public final class KpiNavigation {

    private KpiNavigation() {
    }

    public static void dashboard(WorkspaceId workspaceId) {
        WorkspaceNavigation.open(DashboardView.class, workspaceId);
    }

    public static void list(WorkspaceId workspaceId) {
        WorkspaceNavigation.open(KpiListView.class, workspaceId);
    }

    public static void detail(WorkspaceId workspaceId, KpiId kpiId) {
        UI.getCurrent().navigate(KpiDetailView.class,
                WorkspaceNavigation.params(workspaceId, Map.of(KpiDetailView.KPI_ID, String.valueOf(kpiId.value()))));
    }
}
