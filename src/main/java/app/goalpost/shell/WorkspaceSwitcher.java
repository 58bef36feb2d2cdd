package app.goalpost.shell;

import app.goalpost.workspace.ui.WorkspaceNavigation;
import app.goalpost.workspace.ui.WorkspaceMenu;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.WorkspaceSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.Objects;

/**
 * The header's workspace switcher: the workspaces the user may open, most recently used first, searchable by
 * typing, reachable with Ctrl+K. Choosing one keeps the kind of page: from a workspace's KPIs to the other
 * workspace's KPIs.
 */
class WorkspaceSwitcher extends ComboBox<WorkspaceSummary> {

    private final transient WorkspaceService workspaces;
    private final transient WorkspaceMenu menu;
    private Class<? extends Component> currentTarget;
    private boolean updating;

    WorkspaceSwitcher(WorkspaceService workspaces, WorkspaceMenu menu) {
        this.workspaces = workspaces;
        this.menu = menu;
        addClassName("gp-switcher");
        setId("workspace-switcher");
        setPlaceholder(getTranslation("switcher.placeholder"));
        setAriaLabel(getTranslation("switcher.label"));
        setTooltipText(getTranslation("switcher.tooltip"));
        setItemLabelGenerator(WorkspaceSummary::name);
        setClearButtonVisible(false);
        setWidth("18rem");
        addValueChangeListener(event -> {
            if (!updating && event.isFromClient() && event.getValue() != null) {
                switchTo(event.getValue());
            }
        });
        Shortcuts.addShortcutListener(this, (com.vaadin.flow.server.Command) this::focus, Key.KEY_K, KeyModifier.CONTROL)
                .listenOn(UI.getCurrent());
    }

    /** Reloads the list (most recent first) and shows the open workspace, if any. */
    void show(Long currentWorkspaceId, Class<? extends Component> target) {
        this.currentTarget = target;
        List<WorkspaceSummary> items = workspaces.recentFirst();
        updating = true;
        try {
            setItems(items);
            setValue(items.stream().filter(w -> Objects.equals(w.id(), currentWorkspaceId)).findFirst()
                    .orElse(null));
        } finally {
            updating = false;
        }
    }

    void switchTo(WorkspaceSummary target) {
        WorkspaceNavigation.open(currentTarget != null ? currentTarget : menu.home(), target.id());
    }
}
