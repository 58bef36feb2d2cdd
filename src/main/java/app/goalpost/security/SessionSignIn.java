package app.goalpost.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs the current browser session in with an e-mail and password, as the sign-in form would: the same
 * throttling provider checks the password (there is no way to sign someone in without it), the session id
 * changes (session fixation), and the security context is stored in the HTTP session for the next request.
 * Used right after a sign-up created the account with the password just typed.
 */
@Component
public class SessionSignIn {

    private final ThrottlingAuthenticationProvider provider;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SessionSignIn(ThrottlingAuthenticationProvider provider) {
        this.provider = provider;
    }

    /**
     * @return whether the session is now signed in; false outside a servlet request or when the provider refuses
     *     (wrong password, throttled): the caller then sends the user to the sign-in form
     */
    public boolean signIn(String email, String password) {
        VaadinServletRequest vaadinRequest = VaadinServletRequest.getCurrent();
        VaadinServletResponse vaadinResponse = VaadinServletResponse.getCurrent();
        if (vaadinRequest == null || vaadinResponse == null) {
            return false;
        }
        HttpServletRequest request = vaadinRequest.getHttpServletRequest();
        HttpServletResponse response = vaadinResponse.getHttpServletResponse();
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email,
                password);
        token.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        Authentication authentication;
        try {
            authentication = provider.authenticate(token);
        } catch (AuthenticationException e) {
            return false;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        // stored for the next request only: the page reloads into the app, and this request (a sign-up click)
        // finishes as the anonymous request it began as
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.saveContext(context, request, response);
        return true;
    }
}
