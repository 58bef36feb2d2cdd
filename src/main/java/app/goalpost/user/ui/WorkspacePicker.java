package app.goalpost.user.ui;

import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.WorkspaceSummary;
import com.vaadin.flow.component.combobox.ComboBoxBase;

/**
 * The users page's workspace pickers (invite, assign) are lazy: the database returns one page of the agency's active
 * workspaces per scroll or typed search (the agency home's query), so an agency of thousands of workspaces does not
 * put its whole list into the dialog.
 */
final class WorkspacePicker {

    private WorkspacePicker() {
    }

    static void lazy(ComboBoxBase<?, WorkspaceSummary, ?> picker, WorkspaceService workspaces) {
        picker.setItemLabelGenerator(WorkspaceSummary::name);
        picker.setItems(query -> workspaces.homePage(query.getFilter().orElse(""), false, false, query.getOffset(),
                query.getLimit()).stream(), query -> workspaces.homeCount(query.getFilter().orElse(""), false));
    }
}
