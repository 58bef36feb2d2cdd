package app.goalpost.user.ui;

import app.goalpost.security.AgencyRole;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.security.Roles;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.shared.ui.Formats;
import app.goalpost.user.InvitationService;
import app.goalpost.user.PendingInvitation;
import app.goalpost.user.UserService;
import app.goalpost.user.UserSummary;
import app.goalpost.workspace.WorkspaceMembershipService;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.WorkspaceSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;

/** Agency users: invite, deactivate or reactivate, assign managers and client users to workspaces. */
@Route("users")
@RolesAllowed({Roles.OWNER, Roles.ADMIN})
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserService users;
    private final transient InvitationService invitations;
    private final transient WorkspaceService workspaces;
    private final transient WorkspaceMembershipService memberships;
    private final Grid<UserSummary> userGrid = new Grid<>();
    private final Grid<PendingInvitation> invitationGrid = new Grid<>();
    private final H3 invitationsTitle = new H3();
    private Map<Long, String> workspaceNames = Map.of();

    public UsersView(UserService users, InvitationService invitations, WorkspaceService workspaces,
            WorkspaceMembershipService memberships) {
        this.users = users;
        this.memberships = memberships;
        this.invitations = invitations;
        this.workspaces = workspaces;
        addClassName("gp-page");
        setSizeFull();

        Button invite = new Button(getTranslation("users.invite"), VaadinIcon.ENVELOPE.create(),
                e -> {
                    // the dialog's workspace picker loads lazily: ask the service first, so that an account whose
                    // access was taken away is refused on the click, before any dialog opens
                    invitations.pending();
                    new InviteDialog(invitations, workspaces, this::refresh).open();
                });
        invite.setId("invite-user");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("users.title")), invite);
        header.setAlignItems(Alignment.BASELINE);

        userGrid.setId("users-grid");
        userGrid.addColumn(UserSummary::displayName).setHeader(getTranslation("users.name")).setAutoWidth(true);
        userGrid.addColumn(UserSummary::email).setHeader(getTranslation("users.email")).setAutoWidth(true);
        userGrid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("users.role"))
                .setAutoWidth(true);
        userGrid.addColumn(u -> getTranslation(u.active() ? "users.active" : "users.inactive"))
                .setHeader(getTranslation("users.status")).setAutoWidth(true);
        userGrid.addColumn(this::assignmentText).setKey("workspaces").setHeader(getTranslation("users.workspaces"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        userGrid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true);
        userGrid.setAllRowsVisible(true);

        invitationsTitle.setText(getTranslation("users.invitations"));
        invitationGrid.setId("invitations-grid");
        invitationGrid.addColumn(PendingInvitation::email).setHeader(getTranslation("users.email"));
        invitationGrid.addColumn(i -> getTranslation("role." + i.role().name())).setHeader(getTranslation("users.role"));
        invitationGrid.addColumn(i -> i.expired() ? getTranslation("users.invitation.expired")
                : Formats.date(i.expiresAt().atZone(ZoneOffset.UTC).toLocalDate(), getLocale()))
                .setHeader(getTranslation("users.invitation.expires"));
        invitationGrid.addComponentColumn(i -> {
            Button revoke = new Button(getTranslation("users.invitation.revoke"), e -> {
                invitations.revoke(i.id());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return revoke;
        }).setAutoWidth(true);
        invitationGrid.setAllRowsVisible(true);

        add(header, userGrid, invitationsTitle, invitationGrid);
        refresh();
    }

    private String assignmentText(UserSummary user) {
        if (user.role().seesAllWorkspaces()) {
            return getTranslation("users.allWorkspaces");
        }
        return user.assignments().entrySet().stream()
                .map(e -> workspaceNames.getOrDefault(e.getKey(), "?")
                        + (user.role() == AgencyRole.CLIENT
                                ? " (" + getTranslation("access." + e.getValue().name()) + ")" : ""))
                .sorted().collect(Collectors.joining(", "));
    }

    private HorizontalLayout actions(UserSummary user) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!user.role().seesAllWorkspaces()) {
            Button assign = new Button(getTranslation("users.assign"), e -> new AssignmentDialog(user, workspaces,
                    workspaces.summaries(user.assignments().keySet()), memberships, this::refresh).open());
            assign.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            assign.setId("assign-" + user.id());
            actions.add(assign);
        }
        if (!mayToggle(user)) {
            return actions;
        }
        Button toggle = new Button(getTranslation(user.active() ? "users.deactivate" : "users.reactivate"), e -> {
            try {
                users.setActive(user.id(), !user.active());
                refresh();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, this);
            }
        });
        toggle.setId("toggle-" + user.id());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (user.active()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        actions.add(toggle);
        return actions;
    }

    /**
     * Offer only what {@link UserService#setActive} accepts: nobody deactivates themselves and only owners touch
     * owners (the last-owner rule then cannot bite: the signed-in owner is another active owner).
     */
    private static boolean mayToggle(UserSummary user) {
        GoalpostPrincipal me = CurrentUser.require();
        return user.id() != me.userId() && (user.role() != AgencyRole.OWNER || me.role() == AgencyRole.OWNER);
    }

    void refresh() {
        var list = users.listUsers();
        // names only the workspaces the users are assigned to (archived ones too), not the agency's whole list
        workspaceNames = workspaces.summaries(list.stream().flatMap(u -> u.assignments().keySet().stream())
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(WorkspaceSummary::id, WorkspaceSummary::name));
        userGrid.setItems(list);
        var pending = invitations.pending();
        invitationGrid.setItems(pending);
        invitationGrid.setVisible(!pending.isEmpty());
        invitationsTitle.setVisible(!pending.isEmpty());
    }


    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · Goalpost";
    }
}
