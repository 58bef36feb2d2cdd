package app.goalpost.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.security.AgencyRole;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import app.goalpost.shell.NotFoundView;
import app.goalpost.user.InvitationService;
import app.goalpost.user.UserSummary;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@UiTest
class UsersViewTest extends KaribuSupport {

    @Autowired InvitationService invitations;

    AgencyFixture f;

    @BeforeEach
    void agency() {
        f = fixtures.agency("usersui");
    }

    @Test
    void adminsListTheirAgencysUsersOnly() {
        fixtures.agency("usersui-other");
        signIn(f.admin());
        navigate("users");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(5);
        assertThat(GridKt._get(grid, 0).email()).endsWith("@usersui.test");
    }

    @Test
    void assignmentsAreNamedAndThePickersPageTheAgencysOwnWorkspacesOnly() {
        AgencyFixture other = fixtures.agency("usersui-other");
        signIn(f.owner());
        navigate("users");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        int managerRow = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).email().equals(f.manager())).findFirst().orElseThrow();
        String assigned = GridKt._getFormatted(grid, managerRow, "workspaces");
        assertThat(assigned).contains("usersui Alpha").contains("usersui Beta").doesNotContain("Gamma");

        _click(assignButton(grid, managerRow));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.MultiSelectComboBox<app.goalpost.workspace.WorkspaceSummary> picker =
                _get(com.vaadin.flow.component.combobox.MultiSelectComboBox.class,
                        spec -> spec.withId("assign-workspaces"));
        assertThat(picker.getValue()).extracting(app.goalpost.workspace.WorkspaceSummary::id)
                .containsExactlyInAnyOrder(f.ws1(), f.ws2());
        _get(com.vaadin.flow.component.dialog.Dialog.class).close();

        // the client user's picker is lazy: the database's pages hold this agency's workspaces, none of the other's
        int clientRow = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).email().equals(f.client())).findFirst().orElseThrow();
        _click(assignButton(grid, clientRow));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<app.goalpost.workspace.WorkspaceSummary> client =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("assign-client-workspace"));
        assertThat(client.getValue().id()).isEqualTo(f.ws1());
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(client))
                .extracting(app.goalpost.workspace.WorkspaceSummary::id)
                .containsExactlyInAnyOrder(f.ws1(), f.ws2(), f.ws3()).doesNotContain(other.ws1());
        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(client, "gamma");
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(client))
                .extracting(app.goalpost.workspace.WorkspaceSummary::id).containsExactly(f.ws3());
    }

    private static Button assignButton(Grid<UserSummary> grid, int row) {
        return (Button) GridKt._getCellComponent(grid, row, "actions").getChildren()
                .filter(c -> c.getId().orElse("").startsWith("assign-")).findFirst().orElseThrow();
    }

    @Test
    void invitingShowsTheOneTimeLinkAndBadEmailsStayNextToTheField() {
        signIn(f.owner());
        navigate("users");
        _click(_get(Button.class, spec -> spec.withId("invite-user")));
        _get(EmailField.class, spec -> spec.withId("invite-email")).setValue("not an email");
        _click(_get(Button.class, spec -> spec.withId("send-invitation")));
        EmailField email = _get(EmailField.class, spec -> spec.withId("invite-email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("valid email");
        fixtures.signIn(f.owner());
        assertThat(invitations.pending()).isEmpty();

        email.setValue("fresh-" + f.agencyId() + "@usersui.test");
        @SuppressWarnings("unchecked")
        Select<AgencyRole> role = _get(Select.class, spec -> spec.withId("invite-role"));
        role.setValue(AgencyRole.ADMIN);
        _click(_get(Button.class, spec -> spec.withId("send-invitation")));
        TextField link = _get(TextField.class, spec -> spec.withId("invitation-link"));
        assertThat(link.getValue()).startsWith("http://localhost:8080/invitation/");
        assertThat(invitations.pending()).hasSize(1);
    }

    @Test
    void nobodyIsOfferedADeactivationTheServiceWouldRefuse() {
        signIn(f.owner());
        navigate("users");
        assertThat(toggles(f.owner())).isEmpty();
        assertThat(toggles(f.admin())).containsExactly("Deactivate");

        signIn(f.admin());
        navigate("users");
        assertThat(toggles(f.admin())).isEmpty();
        assertThat(toggles(f.owner())).isEmpty();
        assertThat(toggles(f.manager())).containsExactly("Deactivate");
    }

    /** The deactivate/reactivate buttons on the row of this user (the assign button is not one of them). */
    private static java.util.List<String> toggles(String email) {
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).email().equals(email)) {
                return GridKt._getCellComponent(grid, row, "actions").getChildren()
                        .filter(c -> c.getId().orElse("").startsWith("toggle-"))
                        .map(c -> ((Button) c).getText()).toList();
            }
        }
        throw new AssertionError("no row for " + email);
    }

    @Test
    void managersAndClientsCannotOpenTheUsersPage() {
        for (String user : new String[] {f.manager(), f.client()}) {
            signIn(user);
            navigate("users");
            _get(NotFoundView.class);
        }
        Fixtures.signOut();
    }
}
