package app.goalpost.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.api.internal.TokenLookup;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import app.goalpost.workspace.WorkspaceNotFoundException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The token service on the real database: who may create, list and revoke which tokens; only a hash is kept. */
@IntegrationTest
class ApiTokenServiceTest {

    private static final LocalDate EXPIRY = LocalDate.of(2026, 9, 1);

    @Autowired Fixtures fixtures;
    @Autowired ApiTokenService tokens;
    @Autowired TokenLookup lookup;
    @Autowired MutableClock clock;

    AgencyFixture f;
    AgencyFixture other;

    @BeforeEach
    void agencies() {
        clock.reset();
        f = fixtures.agency("apisvc");
        other = fixtures.agency("apisvc-other");
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void onlyTheHashIsStoredAndTheSecretIsReturnedOnce() {
        fixtures.signIn(f.owner());
        CreatedToken created = tokens.create(Optional.of(f.ws1Id()), "CRM", Set.of(ApiScope.ACTUALS_WRITE), EXPIRY);
        assertThat(created.secret()).startsWith("gp_").hasSize(46);
        assertThat(created.toString()).doesNotContain(created.secret());
        Fixtures.signOut();
        TokenLookup.Found found = lookup.byHash(ApiTokenService.hash(created.secret())).orElseThrow();
        assertThat(found.agencyId()).isEqualTo(f.agencyId());
        assertThat(found.workspaceId()).isEqualTo(f.ws1());
        assertThat(found.scopes()).isEqualTo("actuals:write");
        assertThat(lookup.byHash(created.secret())).isEmpty();
        fixtures.signIn(f.owner());
        assertThat(tokens.list()).singleElement().satisfies(t -> {
            assertThat(t.hint()).isEqualTo(created.secret().substring(0, 10));
            assertThat(t.workspaceName()).isPresent();
            assertThat(t.usable()).isTrue();
        });
    }

    @Test
    void clientsCannotCreateListOrRevokeTokens() {
        fixtures.signIn(f.owner());
        long id = tokens.create(Optional.empty(), "agency", Set.of(ApiScope.KPIS_READ), EXPIRY).id();
        for (String client : new String[] {f.client(), f.contributor()}) {
            fixtures.signIn(client);
            assertThatThrownBy(() -> tokens.create(Optional.of(f.ws1Id()), "mine", Set.of(ApiScope.KPIS_READ),
                    EXPIRY)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tokens.list()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tokens.revoke(id)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aWorkspaceTokenNeedsAWorkspaceTheCreatorMayOpen() {
        fixtures.signIn(f.manager());
        assertThatThrownBy(() -> tokens.create(Optional.of(f.ws3Id()), "x", Set.of(ApiScope.KPIS_READ), EXPIRY))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> tokens.create(Optional.of(other.ws1Id()), "x", Set.of(ApiScope.KPIS_READ),
                EXPIRY)).isInstanceOf(WorkspaceNotFoundException.class);
        tokens.create(Optional.of(f.ws1Id()), "ok", Set.of(ApiScope.KPIS_READ), EXPIRY);
        assertThat(tokens.list()).hasSize(1);
    }

    @Test
    void badInputIsRefusedFieldByField() {
        fixtures.signIn(f.owner());
        assertThatThrownBy(() -> tokens.create(Optional.empty(), " ", Set.of(ApiScope.KPIS_READ), EXPIRY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> tokens.create(Optional.empty(), "n", Set.of(), EXPIRY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("scopes"));
        assertThatThrownBy(() -> tokens.create(Optional.empty(), "n", Set.of(ApiScope.KPIS_READ),
                LocalDate.of(2026, 5, 19))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("expires"));
        assertThatThrownBy(() -> tokens.create(Optional.empty(), "n", Set.of(ApiScope.KPIS_READ),
                LocalDate.of(2027, 6, 1))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("expires"));
        assertThat(tokens.list()).isEmpty();
    }

    @Test
    void anotherAgencysTokensAreNeitherListedNorRevocable() {
        fixtures.signIn(other.owner());
        long theirs = tokens.create(Optional.empty(), "theirs", Set.of(ApiScope.KPIS_READ), EXPIRY).id();
        fixtures.signIn(f.owner());
        assertThat(tokens.list()).isEmpty();
        assertThatThrownBy(() -> tokens.revoke(theirs)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(other.owner());
        assertThat(tokens.list()).singleElement().satisfies(t -> assertThat(t.revokedAt()).isEmpty());
    }

    @Test
    void managersRevokeOnlyTheirOwnTokens() {
        fixtures.signIn(f.admin());
        long admins = tokens.create(Optional.empty(), "admin", Set.of(ApiScope.KPIS_READ), EXPIRY).id();
        fixtures.signIn(f.manager());
        long own = tokens.create(Optional.of(f.ws1Id()), "own", Set.of(ApiScope.KPIS_READ), EXPIRY).id();
        assertThatThrownBy(() -> tokens.revoke(admins)).isInstanceOf(AccessDeniedException.class);
        tokens.revoke(own);
        assertThat(tokens.list()).singleElement().satisfies(t -> assertThat(t.usable()).isFalse());
        fixtures.signIn(f.owner());
        tokens.revoke(admins);
        assertThat(tokens.list()).allSatisfy(t -> assertThat(t.revokedAt()).isPresent());
    }
}
