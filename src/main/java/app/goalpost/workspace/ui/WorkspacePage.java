package app.goalpost.workspace.ui;

import app.goalpost.workspace.WorkspacePermission;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The pages of a workspace, in menu order: the one list of what the workspace menu shows, with its label, icon
 * and who may see it. The first one is the landing page of every workspace (client users land there after
 * sign-in). A feature binds its view to a page with {@link WorkspacePageView}, so this list names no feature
 * class and the main layout imports no feature.
 */
public enum WorkspacePage {

    DASHBOARD("kpi.menu.dashboard", VaadinIcon.DASHBOARD, WorkspacePermission.VIEW),
    KPIS("kpi.menu.kpis", VaadinIcon.LINE_CHART, WorkspacePermission.VIEW),
    FUNNEL("menu.funnel", VaadinIcon.FILTER, WorkspacePermission.VIEW),
    LEVERS("menu.levers", VaadinIcon.SLIDERS, WorkspacePermission.VIEW),
    SCENARIOS("menu.scenarios", VaadinIcon.FLAG_CHECKERED, WorkspacePermission.VIEW),
    REVIEWS("review.menu", VaadinIcon.CALENDAR_CLOCK, WorkspacePermission.VIEW),
    REPORT("report.menu", VaadinIcon.FILE_TEXT, WorkspacePermission.VIEW),
    // goal-setting sessions (collab.session)
    SESSIONS("session.menu", VaadinIcon.GROUP, WorkspacePermission.VIEW),
    // share links (issue 13): agency staff with access only; the view is also limited to staff roles
    SHARING("share.menu", VaadinIcon.LINK, WorkspacePermission.EDIT_BASELINE),
    SETTINGS("menu.settings", VaadinIcon.COG, WorkspacePermission.VIEW),
    // webhooks (issue 15): agency staff with access only; client users neither see nor open it
    WEBHOOKS("webhook.menu", VaadinIcon.CONNECT, WorkspacePermission.EDIT_BASELINE);

    private final String labelKey;
    private final VaadinIcon icon;
    private final WorkspacePermission requiredPermission;

    WorkspacePage(String labelKey, VaadinIcon icon, WorkspacePermission requiredPermission) {
        this.labelKey = labelKey;
        this.icon = icon;
        this.requiredPermission = requiredPermission;
    }

    /** i18n key of the menu label. */
    public String labelKey() {
        return labelKey;
    }

    public VaadinIcon icon() {
        return icon;
    }

    /** The permission the user needs in the workspace to see the entry. */
    public WorkspacePermission requiredPermission() {
        return requiredPermission;
    }
}
