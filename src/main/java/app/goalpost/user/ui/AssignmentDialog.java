package app.goalpost.user.ui;

import app.goalpost.security.AgencyRole;
import app.goalpost.user.UserSummary;
import app.goalpost.workspace.ClientAccess;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceMembershipService;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.WorkspaceSummary;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Assigns an account manager to workspaces, or a client user to their one workspace. */
class AssignmentDialog extends Dialog {

    /** {@code assigned}: the user's workspaces, the dialog's initial value (the pickers themselves are lazy). */
    AssignmentDialog(UserSummary user, WorkspaceService workspaces, List<WorkspaceSummary> assigned,
            WorkspaceMembershipService memberships, Runnable onSaved) {
        setHeaderTitle(getTranslation("users.assign.title", user.displayName()));
        setWidth("30rem");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation("common.save"));
        save.setId("save-assignment");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (user.role() == AgencyRole.MANAGER) {
            MultiSelectComboBox<WorkspaceSummary> managed = new MultiSelectComboBox<>(getTranslation("users.workspaces"));
            managed.setId("assign-workspaces");
            WorkspacePicker.lazy(managed, workspaces);
            managed.setValue(assigned.stream().filter(w -> !w.archived()).collect(Collectors.toSet()));
            form.add(managed);
            save.addClickListener(e -> {
                memberships.assignManager(user.id(), managed.getValue().stream().map(WorkspaceSummary::id).toList());
                onSaved.run();
                close();
            });
        } else {
            ComboBox<WorkspaceSummary> workspace = new ComboBox<>(getTranslation("users.clientWorkspace"));
            workspace.setId("assign-client-workspace");
            WorkspacePicker.lazy(workspace, workspaces);
            RadioButtonGroup<ClientAccess> access = new RadioButtonGroup<>(getTranslation("users.clientAccess"));
            access.setId("assign-access");
            access.setItems(ClientAccess.VIEWER, ClientAccess.CONTRIBUTOR);
            access.setItemLabelGenerator(a -> getTranslation("access." + a.name()));
            Map.Entry<Long, ClientAccess> current = user.assignments().entrySet().stream().findFirst().orElse(null);
            if (current != null) {
                assigned.stream().filter(w -> w.id() == current.getKey() && !w.archived()).findFirst()
                        .ifPresent(workspace::setValue);
                access.setValue(current.getValue());
            } else {
                access.setValue(ClientAccess.VIEWER);
            }
            form.add(workspace, access);
            save.addClickListener(e -> {
                if (workspace.getValue() == null) {
                    workspace.setErrorMessage(getTranslation("users.clientWorkspace.required"));
                    workspace.setInvalid(true);
                    return;
                }
                memberships.assignClient(new WorkspaceId(workspace.getValue().id()), user.id(), access.getValue());
                onSaved.run();
                close();
            });
        }
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
