package app.goalpost.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Ends the session of a user whose access was taken away, and sends the browser to the sign-in page, which says
 * why ("login?revoked"). The message lives on the sign-in page because nothing of the old session survives.
 */
final class RevokedSignOut {

    static final String LOCATION = "login?revoked";

    private RevokedSignOut() {
    }

    static void signOut(UI ui) {
        SecurityContextHolder.clearContext();
        ui.getPage().setLocation(LOCATION);
        VaadinSession session = ui.getSession();
        WrappedSession http = session == null ? null : session.getSession();
        if (http != null) {
            try {
                http.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // another request of the same user ended it first: nothing left to end
            }
        }
    }
}
