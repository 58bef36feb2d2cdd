package app.goalpost.workspace.ui;

import java.util.Comparator;
import java.util.List;

/**
 * The workspace pages that features contribute, in menu order. The first one is the workspace's landing
 * page, so a feature can become the landing page without the shell knowing it.
 */
@org.springframework.stereotype.Component
public class WorkspaceMenu {

    private final List<WorkspaceMenuItem> items;

    WorkspaceMenu(List<WorkspaceMenuItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(WorkspaceMenuItem::order)).toList();
        if (this.items.isEmpty()) {
            throw new IllegalStateException("No workspace page is registered");
        }
    }

    public List<WorkspaceMenuItem> items() {
        return items;
    }

    public Class<? extends com.vaadin.flow.component.Component> home() {
        return items.getFirst().view();
    }

    public void open(long workspaceId) {
        WorkspaceNavigation.open(home(), workspaceId);
    }
}
