package app.goalpost.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/**
 * Sign-in when the account cannot be read (database down) is not "wrong password". The whole story runs
 * against a killed MariaDB in DatabaseOutageIT; this keeps the mapping checked in every build.
 */
class SignInUnavailableTest {

    @Test
    void aFailureToReadTheAccountSendsToTheUnavailableMessage() throws Exception {
        assertThat(redirectFor(new InternalAuthenticationServiceException("Could not open JPA EntityManager")))
                .isEqualTo("/login?unavailable");
        assertThat(redirectFor(new BadCredentialsException("Bad credentials"))).isEqualTo("/login?error");
    }

    private static String redirectFor(org.springframework.security.core.AuthenticationException e) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SignInFailureHandler().onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"), response, e);
        return response.getRedirectedUrl();
    }
}
