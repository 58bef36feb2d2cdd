package app.goalpost.shell;

import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.WorkspaceSummary;
import app.goalpost.workspace.ui.WorkspaceNavigation;
import app.goalpost.workspace.ui.WorkspacePages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;

/**
 * The header's workspace switcher: the workspaces the user may open, most recently used first, searchable by
 * typing. The list is lazy: the database returns one page per scroll or search, and nothing is loaded per
 * navigation, so a switcher of an agency with thousands of workspaces costs what one of ten does. Ctrl+K opens the {@link QuickSwitcher} (an empty search with the list open). Choosing a workspace
 * keeps the kind of page: from a workspace's KPIs to the other workspace's KPIs.
 */
class WorkspaceSwitcher extends ComboBox<WorkspaceSummary> {

    private final transient WorkspaceService workspaces;
    private final transient WorkspacePages pages;
    private Class<? extends Component> currentTarget;
    private boolean updating;

    WorkspaceSwitcher(WorkspaceService workspaces, WorkspacePages pages) {
        this.workspaces = workspaces;
        this.pages = pages;
        addClassName("gp-switcher");
        setId("workspace-switcher");
        setPlaceholder(getTranslation("switcher.placeholder"));
        setAriaLabel(getTranslation("switcher.label"));
        setTooltipText(getTranslation("switcher.tooltip"));
        setItemLabelGenerator(WorkspaceSummary::name);
        setClearButtonVisible(false);
        setWidth("18rem");
        setItems(query -> workspaces.switcherPage(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream(), query -> workspaces.switcherCount(query.getFilter().orElse("")));
        addValueChangeListener(event -> {
            if (!updating && event.isFromClient() && event.getValue() != null) {
                switchTo(event.getValue());
            }
        });
        Shortcuts.addShortcutListener(this, this::openQuickSwitcher, Key.KEY_K, KeyModifier.CONTROL)
                .listenOn(UI.getCurrent());
    }

    /**
     * Shows the open workspace, if any, and forgets the fetched pages (the visit just recorded changes the order);
     * the next page is fetched when the list is opened.
     */
    void show(WorkspaceSummary current, Class<? extends Component> target) {
        this.currentTarget = target;
        updating = true;
        try {
            getLazyDataView().refreshAll();
            setValue(current);
        } finally {
            updating = false;
        }
    }

    void openQuickSwitcher() {
        new QuickSwitcher(workspaces, this::switchTo).open();
    }

    void switchTo(WorkspaceSummary target) {
        WorkspaceNavigation.open(currentTarget != null ? currentTarget : pages.home(), new WorkspaceId(target.id()));
    }
}
