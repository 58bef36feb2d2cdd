package app.goalpost.api.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.api.ApiScope;
import app.goalpost.api.ApiTokenService;
import app.goalpost.api.ApiTokenSummary;
import app.goalpost.shell.NotFoundView;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import app.goalpost.workspace.WorkspaceSummary;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@UiTest
class ApiTokensViewTest extends KaribuSupport {

    @Autowired ApiTokenService tokens;

    AgencyFixture f;

    @BeforeEach
    void agency() {
        f = fixtures.agency("apiui");
    }

    @Test
    void aManagerCreatesAWorkspaceTokenSeesTheSecretOnceAndRevokesIt() {
        signIn(f.manager());
        navigate("api-tokens");
        assertThat(_find(TextField.class, spec -> spec.withId("token-secret"))).isEmpty(); // hidden until created
        _get(TextField.class, spec -> spec.withId("token-name")).setValue("HubSpot nightly");
        @SuppressWarnings("unchecked")
        ComboBox<WorkspaceSummary> workspace = _get(ComboBox.class, spec -> spec.withId("token-workspace"));
        // only the workspaces the manager may open are offered
        assertThat(workspace.getListDataView().getItems().map(WorkspaceSummary::id))
                .containsExactlyInAnyOrder(f.ws1(), f.ws2());
        workspace.setValue(workspace.getListDataView().getItems().filter(w -> w.id() == f.ws1()).findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        CheckboxGroup<ApiScope> scopes = _get(CheckboxGroup.class, spec -> spec.withId("token-scopes"));
        scopes.setValue(Set.of(ApiScope.ACTUALS_WRITE));
        _click(_get(Button.class, spec -> spec.withId("create-token")));

        TextField secret = _get(TextField.class, spec -> spec.withId("token-secret"));
        assertThat(secret.getValue()).startsWith("gp_").hasSize(46);
        assertThat(secret.isReadOnly()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<ApiTokenSummary> grid = _get(Grid.class, spec -> spec.withId("tokens-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        ApiTokenSummary row = GridKt._get(grid, 0);
        assertThat(row.name()).isEqualTo("HubSpot nightly");
        assertThat(row.hint()).isEqualTo(secret.getValue().substring(0, 10));
        assertThat(row.scopes()).containsExactly(ApiScope.ACTUALS_WRITE);
        assertThat(row.lastUsedAt()).isEmpty();

        // the secret is not shown again once the page is left
        navigate("account");
        navigate("api-tokens");
        assertThat(_find(TextField.class, spec -> spec.withId("token-secret"))).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<ApiTokenSummary> after = _get(Grid.class, spec -> spec.withId("tokens-grid"));
        Button revoke = (Button) GridKt._getCellComponent(after, 0, "actions");
        assertThat(revoke.getId()).contains("revoke-" + row.id());
        _click(revoke);
        assertThat(GridKt._get(after, 0).revokedAt()).isPresent();
    }

    @Test
    void aMissingNameOrScopeIsSaidNextToTheFieldAndNothingIsCreated() {
        signIn(f.owner());
        navigate("api-tokens");
        @SuppressWarnings("unchecked")
        CheckboxGroup<ApiScope> scopes = _get(CheckboxGroup.class, spec -> spec.withId("token-scopes"));
        _click(_get(Button.class, spec -> spec.withId("create-token")));
        TextField name = _get(TextField.class, spec -> spec.withId("token-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("name");
        name.setValue("Make scenario");
        scopes.setValue(Set.of());
        _click(_get(Button.class, spec -> spec.withId("create-token")));
        assertThat(scopes.isInvalid()).isTrue();
        assertThat(scopes.getErrorMessage()).contains("scope");
        fixtures.signIn(f.owner());
        assertThat(tokens.list()).isEmpty();
        Fixtures.signOut();
    }

    @Test
    void ownersSeeEveryTokenOfTheAgencyManagersOnlyTheirOwn() {
        fixtures.signIn(f.manager());
        tokens.create(java.util.Optional.of(f.ws1Id()), "manager's", Set.of(ApiScope.KPIS_READ),
                java.time.LocalDate.of(2026, 8, 1));
        fixtures.signIn(f.admin());
        tokens.create(java.util.Optional.empty(), "admin's", Set.of(ApiScope.KPIS_READ),
                java.time.LocalDate.of(2026, 8, 1));
        Fixtures.signOut();
        signIn(f.owner());
        navigate("api-tokens");
        @SuppressWarnings("unchecked")
        Grid<ApiTokenSummary> all = _get(Grid.class, spec -> spec.withId("tokens-grid"));
        assertThat(GridKt._size(all)).isEqualTo(2);
        signIn(f.manager());
        navigate("account");
        navigate("api-tokens");
        @SuppressWarnings("unchecked")
        Grid<ApiTokenSummary> own = _get(Grid.class, spec -> spec.withId("tokens-grid"));
        assertThat(GridKt._size(own)).isEqualTo(1);
        assertThat(GridKt._get(own, 0).name()).isEqualTo("manager's");
    }

    @Test
    void clientUsersGetNoTokenPage() {
        for (String user : new String[] {f.client(), f.contributor()}) {
            signIn(user);
            navigate("api-tokens");
            _get(NotFoundView.class);
            assertThat(_find(Button.class, spec -> spec.withId("create-token"))).isEmpty();
        }
        Fixtures.signOut();
    }
}
