package app.goalpost.workspace.ui;

import app.goalpost.workspace.WorkspacePermission;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A page inside a workspace, contributed to the menu by a feature as a Spring bean so that the main layout
 * imports no feature. Its view must be a {@link WorkspaceScopedView} routed under {@code w/:workspaceId}.
 */
public interface WorkspaceMenuItem {

    /** Position in the menu: lower first. */
    int order();

    /** i18n key of the label. */
    String labelKey();

    VaadinIcon icon();

    Class<? extends Component> view();

    /** The permission the user needs in the workspace to see the entry. */
    default WorkspacePermission requiredPermission() {
        return WorkspacePermission.VIEW;
    }
}
