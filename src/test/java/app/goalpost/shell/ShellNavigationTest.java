package app.goalpost.shell;

import app.goalpost.workspace.ui.WorkspaceScopedView;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.security.ui.LoginView;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import app.goalpost.workspace.WorkspaceSummary;
import app.goalpost.workspace.ui.WorkspaceTestPage;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The app shell per role: sign-in redirect, menus, the workspace switcher, and not-found for foreign ids. */
@UiTest
class ShellNavigationTest extends KaribuSupport {

    AgencyFixture f;
    AgencyFixture other;

    @BeforeEach
    void agencies() {
        f = fixtures.agency("shell");
        other = fixtures.agency("shellother");
    }

    @Test
    void anonymousUsersAreSentToSignIn() {
        navigate("");
        _get(LoginView.class);
        navigate("w/" + f.ws1() + "/settings");
        _get(LoginView.class);
        navigate("users");
        _get(LoginView.class);
    }

    @Test
    void ownerSeesEveryWorkspaceAndTheUsersMenu() {
        signIn(f.owner());
        navigate("");
        assertThat(menuLabels("main-nav")).containsExactly("Workspaces", "Users", "Report branding", "API tokens",
                "My account");
        assertThat(switcherItems()).containsExactlyInAnyOrder(f.ws1(), f.ws2(), f.ws3());
    }

    @Test
    void managerSeesAssignedWorkspacesAndNoUsersMenu() {
        signIn(f.manager());
        navigate("");
        assertThat(menuLabels("main-nav")).containsExactly("Workspaces", "API tokens", "My account");
        assertThat(switcherItems()).containsExactlyInAnyOrder(f.ws1(), f.ws2());
        navigate("users");
        _get(NotFoundView.class);
        navigate("w/" + f.ws3() + "/settings");
        _get(NotFoundView.class);
    }

    @Test
    void clientLandsInTheirWorkspaceAndCannotOpenAnotherOne() {
        signIn(f.client());
        navigate("");
        assertThat(currentWorkspaceView().workspace().id()).isEqualTo(f.ws1());
        assertThat(menuLabels("main-nav")).containsExactly("My account");
        assertThat(switcherItems()).containsExactly(f.ws1());

        for (long foreign : List.of(f.ws2(), f.ws3(), other.ws1())) {
            navigate("w/" + foreign + "/settings");
            _get(NotFoundView.class);
            assertThat(_find(WorkspaceScopedView.class)).isEmpty();
        }
        navigate("w/not-a-number/settings");
        _get(NotFoundView.class);
        navigate("no-such-page");
        _get(NotFoundView.class);
    }

    @Test
    void anotherAgencysWorkspaceLooksExactlyLikeAMissingOne() {
        signIn(f.owner());
        navigate("w/" + other.ws1() + "/settings");
        String foreign = _get(NotFoundView.class).getElement().getTextRecursively();
        navigate("w/99999999/settings");
        String missing = _get(NotFoundView.class).getElement().getTextRecursively();
        assertThat(foreign).isEqualTo(missing).contains("Page not found");
    }

    @Test
    void theSwitcherKeepsTheKindOfPage() {
        signIn(f.manager());
        navigate("w/" + f.ws1() + "/test-page");
        assertThat(currentWorkspaceView()).isInstanceOf(WorkspaceTestPage.class);
        WorkspaceSwitcher switcher = _get(WorkspaceSwitcher.class);
        WorkspaceSummary target = ComboBoxKt.getSuggestionItems(switcher).stream()
                .filter(w -> w.id() == f.ws2()).findFirst().orElseThrow();
        // Karibu 2.6 cannot fake a client-side value change on Vaadin 25 fields; call what the listener calls.
        switcher.switchTo(target);
        assertThat(currentWorkspaceView()).isInstanceOf(WorkspaceTestPage.class);
        assertThat(currentWorkspaceView().workspace().id()).isEqualTo(f.ws2());
        // Most recently used first after the switch.
        assertThat(switcherItems()).containsExactly(f.ws2(), f.ws1());
        // features add their pages to this menu; the shell only guarantees its own entries are there
        assertThat(menuLabels("workspace-nav")).contains("Settings");
    }

    private static WorkspaceScopedView currentWorkspaceView() {
        return (WorkspaceScopedView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private static List<Long> switcherItems() {
        return ComboBoxKt.getSuggestionItems(_get(WorkspaceSwitcher.class)).stream().map(WorkspaceSummary::id)
                .toList();
    }

    private static List<String> menuLabels(String navId) {
        return _get(SideNav.class, spec -> spec.withId(navId)).getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
