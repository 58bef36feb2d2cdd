package app.goalpost.user.ui;

import app.goalpost.security.AgencyRole;
import app.goalpost.user.UserSummary;
import app.goalpost.workspace.ClientAccess;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceMembershipService;
import app.goalpost.workspace.WorkspaceSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Assigns an account manager to workspaces, or a client user to their one workspace. */
class AssignmentDialog extends Dialog {

    AssignmentDialog(UserSummary user, List<WorkspaceSummary> workspaces, WorkspaceMembershipService memberships,
            Runnable onSaved) {
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
            managed.setItems(workspaces);
            managed.setItemLabelGenerator(WorkspaceSummary::name);
            managed.setValue(workspaces.stream().filter(w -> user.assignments().containsKey(w.id()))
                    .collect(Collectors.toSet()));
            form.add(managed);
            save.addClickListener(e -> {
                memberships.assignManager(user.id(), managed.getValue().stream().map(WorkspaceSummary::id).toList());
                onSaved.run();
                close();
            });
        } else {
            Select<WorkspaceSummary> workspace = new Select<>();
            workspace.setId("assign-client-workspace");
            workspace.setLabel(getTranslation("users.clientWorkspace"));
            workspace.setItems(workspaces);
            workspace.setItemLabelGenerator(WorkspaceSummary::name);
            RadioButtonGroup<ClientAccess> access = new RadioButtonGroup<>(getTranslation("users.clientAccess"));
            access.setId("assign-access");
            access.setItems(ClientAccess.VIEWER, ClientAccess.CONTRIBUTOR);
            access.setItemLabelGenerator(a -> getTranslation("access." + a.name()));
            Map.Entry<Long, ClientAccess> current = user.assignments().entrySet().stream().findFirst().orElse(null);
            if (current != null) {
                workspaces.stream().filter(w -> w.id() == current.getKey()).findFirst().ifPresent(workspace::setValue);
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
