package app.goalpost.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.user.UserService;
import app.goalpost.workspace.WorkspaceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The per-call account check behind every @PreAuthorize (decision 0009): what it refuses, and when it reads. */
@IntegrationTest
class SignedInAccountCheckTest {

    @Autowired Fixtures fixtures;
    @Autowired UserService users;
    @Autowired WorkspaceService workspaces;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void endRequest() {
        RequestContextHolder.resetRequestAttributes();
        Fixtures.signOut();
    }

    @Test
    void theAccountIsReadOncePerRequestSoTheNextRequestIsRefused() {
        AgencyFixture f = fixtures.agency("check");
        newRequest();
        fixtures.signIn(f.manager());
        Authentication manager = SecurityContextHolder.getContext().getAuthentication();
        assertThatCode(() -> workspaces.list("", false)).doesNotThrowAnyException();

        jdbc.update("update user_account set active = false where email = ?", f.manager());
        // the request that already verified the account finishes...
        assertThatCode(() -> workspaces.list("", false)).doesNotThrowAnyException();
        // ...the next one is refused, on every guarded service
        newRequest();
        SecurityContextHolder.getContext().setAuthentication(manager);
        assertThatThrownBy(() -> workspaces.list("", false)).isInstanceOf(AccessRevokedException.class);
        assertThatThrownBy(() -> users.changeLocale(java.util.Locale.FRENCH)).isInstanceOf(AccessRevokedException.class);
    }

    @Test
    void aRoleChangeIsRefusedAndOthersInTheAgencyAreNotAffected() {
        AgencyFixture f = fixtures.agency("check");
        fixtures.signIn(f.admin());
        Authentication admin = SecurityContextHolder.getContext().getAuthentication();
        jdbc.update("update user_account set role = 'CLIENT' where email = ?", f.admin());
        newRequest();
        SecurityContextHolder.getContext().setAuthentication(admin);
        assertThatThrownBy(() -> users.listUsers()).isInstanceOf(AccessRevokedException.class)
                .hasMessageContaining("ADMIN to CLIENT");
        newRequest();
        fixtures.signIn(f.owner());
        assertThatCode(() -> users.listUsers()).doesNotThrowAnyException();
    }

    private static void newRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }
}
