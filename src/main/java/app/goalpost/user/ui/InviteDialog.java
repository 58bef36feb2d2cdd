package app.goalpost.user.ui;

import app.goalpost.security.AgencyRole;
import app.goalpost.security.CurrentUser;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.shared.ui.Formats;
import app.goalpost.user.InvitationLink;
import app.goalpost.user.InvitationRequest;
import app.goalpost.user.InvitationService;
import app.goalpost.workspace.ClientAccess;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.WorkspaceSummary;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Invites a user with a role and workspace assignments; then shows the one-time link to pass on. */
class InviteDialog extends Dialog {

    InviteDialog(InvitationService invitations, WorkspaceService workspaces, Runnable onInvited) {
        setHeaderTitle(getTranslation("users.invite"));
        setWidth("32rem");
        EmailField email = new EmailField(getTranslation("users.email"));
        email.setId("invite-email");
        Select<AgencyRole> role = new Select<>();
        role.setId("invite-role");
        role.setLabel(getTranslation("users.role"));
        List<AgencyRole> roles = Arrays.stream(AgencyRole.values())
                .filter(r -> r != AgencyRole.OWNER || CurrentUser.require().role() == AgencyRole.OWNER).toList();
        role.setItems(roles);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(AgencyRole.MANAGER);
        MultiSelectComboBox<WorkspaceSummary> managed = new MultiSelectComboBox<>(getTranslation("users.workspaces"));
        managed.setId("invite-workspaces");
        WorkspacePicker.lazy(managed, workspaces);
        ComboBox<WorkspaceSummary> clientWorkspace = new ComboBox<>(getTranslation("users.clientWorkspace"));
        clientWorkspace.setId("invite-client-workspace");
        WorkspacePicker.lazy(clientWorkspace, workspaces);
        RadioButtonGroup<ClientAccess> access = new RadioButtonGroup<>(getTranslation("users.clientAccess"));
        access.setId("invite-access");
        access.setItems(ClientAccess.VIEWER, ClientAccess.CONTRIBUTOR);
        access.setItemLabelGenerator(a -> getTranslation("access." + a.name()));
        access.setValue(ClientAccess.VIEWER);
        Runnable roleChanged = () -> {
            managed.setVisible(role.getValue() == AgencyRole.MANAGER);
            clientWorkspace.setVisible(role.getValue() == AgencyRole.CLIENT);
            access.setVisible(role.getValue() == AgencyRole.CLIENT);
        };
        role.addValueChangeListener(e -> roleChanged.run());
        roleChanged.run();
        FormLayout form = new FormLayout(email, role, managed, clientWorkspace, access);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Map<String, HasValidation> fields = Map.of("email", email, "role", role, "workspaces", clientWorkspace);
        Button send = new Button(getTranslation("users.invite.send"), e -> {
            FieldErrors.clear(fields);
            List<Long> ids = role.getValue() == AgencyRole.CLIENT
                    ? (clientWorkspace.getValue() == null ? List.of() : List.of(clientWorkspace.getValue().id()))
                    : managed.getValue().stream().map(WorkspaceSummary::id).toList();
            try {
                InvitationLink link = invitations.invite(new InvitationRequest(email.getValue(), role.getValue(),
                        ids, access.getValue()));
                onInvited.run();
                showLink(link);
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, fields, this);
            } catch (WorkspaceNotFoundException ex) {
                clientWorkspace.setErrorMessage(getTranslation("notFound.title"));
                clientWorkspace.setInvalid(true);
            }
        });
        send.setId("send-invitation");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), send);
    }

    private void showLink(InvitationLink link) {
        removeAll();
        getFooter().removeAll();
        TextField url = new TextField(getTranslation("users.invite.link"));
        url.setId("invitation-link");
        url.setValue(link.url());
        url.setReadOnly(true);
        url.setWidthFull();
        add(new Paragraph(getTranslation(link.mailed() ? "users.invite.mailed" : "users.invite.notMailed")), url,
                new Paragraph(getTranslation("users.invite.expires",
                        Formats.date(link.expiresAt().atZone(ZoneOffset.UTC).toLocalDate(), getLocale()))));
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }
}
