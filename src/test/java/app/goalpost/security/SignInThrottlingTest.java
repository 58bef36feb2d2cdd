package app.goalpost.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import app.goalpost.user.UserService;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Sign-in goes through the real provider: per-account and per-address throttling, then recovery. */
@IntegrationTest
class SignInThrottlingTest {

    @Autowired Fixtures fixtures;
    @Autowired ThrottlingAuthenticationProvider provider;
    @Autowired MutableClock clock;
    @Autowired UserService users;

    AgencyFixture f;

    @BeforeEach
    void agency() {
        clock.reset();
        f = fixtures.agency("thr");
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void fiveWrongPasswordsBlockTheAccountEvenWithTheRightOne() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt(f.manager(), "wrong-password", "10.0.0.1")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(attempt(f.manager(), Fixtures.PASSWORD, "10.0.0.2")))
                .isInstanceOf(SignInThrottledException.class)
                .satisfies(e -> assertThat(((SignInThrottledException) e).minutes()).isBetween(1L, 15L));
        // Other accounts are not affected.
        assertThat(provider.authenticate(attempt(f.owner(), Fixtures.PASSWORD, "10.0.0.3")).isAuthenticated()).isTrue();
        clock.advance(Duration.ofMinutes(16));
        Authentication ok = provider.authenticate(attempt(f.manager(), Fixtures.PASSWORD, "10.0.0.2"));
        assertThat(ok.getPrincipal()).isInstanceOf(GoalpostPrincipal.class);
    }

    @Test
    void oneAddressTryingManyAccountsIsBlocked() {
        for (int i = 0; i < 20; i++) {
            String email = "nobody-" + i + "-" + f.agencyId() + "@thr.test";
            assertThatThrownBy(() -> provider.authenticate(attempt(email, "guess", "10.9.9.9")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(attempt(f.owner(), Fixtures.PASSWORD, "10.9.9.9")))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(provider.authenticate(attempt(f.owner(), Fixtures.PASSWORD, "10.9.9.10")).isAuthenticated())
                .isTrue();
    }

    @Test
    void aDeactivatedUserCannotSignInUntilReactivated() {
        assertThat(provider.authenticate(attempt(f.admin(), Fixtures.PASSWORD, "10.1.1.1")).isAuthenticated()).isTrue();
        fixtures.signIn(f.owner());
        long adminId = users.listUsers().stream().filter(u -> u.email().equals(f.admin())).findFirst().orElseThrow().id();
        users.setActive(adminId, false);
        Fixtures.signOut();
        assertThatThrownBy(() -> provider.authenticate(attempt(f.admin(), Fixtures.PASSWORD, "10.1.1.1")))
                .isInstanceOf(DisabledException.class);
        fixtures.signIn(f.owner());
        users.setActive(adminId, true);
        Fixtures.signOut();
        assertThat(provider.authenticate(attempt(f.admin(), Fixtures.PASSWORD, "10.1.1.1")).isAuthenticated()).isTrue();
    }

    private static UsernamePasswordAuthenticationToken attempt(String email, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
