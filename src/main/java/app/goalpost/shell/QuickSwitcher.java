package app.goalpost.shell;

import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.WorkspaceSummary;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;

/**
 * Ctrl+K: an empty, focused search over the workspaces with the list open, most recently used first. The keys
 * are handled on the server (arrows move the highlight, Enter opens the highlighted workspace, the first one by
 * default; Escape closes), so that what the keyboard does is the same in every browser and is tested.
 */
class QuickSwitcher extends Dialog {

    /** How many matches are listed: enough to pick from, few enough to read; typing narrows the rest. */
    static final int SHOWN = 12;

    private final transient WorkspaceService workspaces;
    private final transient Consumer<WorkspaceSummary> open;
    private final TextField search = new TextField();
    private final ListBox<WorkspaceSummary> list = new ListBox<>();
    private transient List<WorkspaceSummary> matches = List.of();
    private int highlighted;

    QuickSwitcher(WorkspaceService workspaces, Consumer<WorkspaceSummary> open) {
        this.workspaces = workspaces;
        this.open = open;
        setId("quick-switcher");
        setHeaderTitle(getTranslation("switcher.placeholder"));
        setWidth("26rem");
        search.setId("quick-switcher-search");
        search.setAriaLabel(getTranslation("switcher.label"));
        search.setPlaceholder(getTranslation("switcher.search"));
        search.setHelperText(getTranslation("switcher.keys"));
        search.setWidthFull();
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setAutofocus(true);
        search.addValueChangeListener(e -> refresh());
        list.setId("quick-switcher-list");
        list.setItemLabelGenerator(WorkspaceSummary::name);
        list.setWidthFull();
        list.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                choose(e.getValue());
            }
        });
        Shortcuts.addShortcutListener(search, () -> move(1), Key.ARROW_DOWN).listenOn(search);
        Shortcuts.addShortcutListener(search, () -> move(-1), Key.ARROW_UP).listenOn(search);
        Shortcuts.addShortcutListener(search, this::openHighlighted, Key.ENTER).listenOn(search);
        add(search, list);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                search.focus();
            }
        });
        refresh();
    }

    String query() {
        return search.getValue();
    }

    WorkspaceSummary highlighted() {
        return matches.isEmpty() ? null : matches.get(highlighted);
    }

    private void refresh() {
        matches = workspaces.switcherPage(search.getValue(), 0, SHOWN);
        list.setItems(matches);
        highlighted = 0;
        list.setValue(highlighted());
    }

    private void move(int step) {
        if (matches.isEmpty()) {
            return;
        }
        highlighted = Math.floorMod(highlighted + step, matches.size());
        list.setValue(highlighted());
    }

    private void openHighlighted() {
        WorkspaceSummary target = highlighted();
        if (target != null) {
            choose(target);
        }
    }

    private void choose(WorkspaceSummary target) {
        close();
        open.accept(target);
    }
}
