package app.goalpost.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Sends the user back to the sign-in page with a reason the page can explain. */
class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        // A deactivated account gets the same generic message as a wrong password.
        // The account could not be read at all (database down): say so, never "wrong password".
        String target = exception instanceof SignInThrottledException throttled
                ? "/login?throttled=" + throttled.minutes()
                : exception instanceof AuthenticationServiceException ? "/login?unavailable"
                : "/login?error";
        getRedirectStrategy().sendRedirect(request, response, target);
    }
}
