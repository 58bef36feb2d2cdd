package app.goalpost.collab.session.ui;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Live events reach a page on the thread that published them (another user's request, or the bus), inside
 * {@code UI.access}. The page reloads what it shows with its own user's sign-in, captured when the page was built,
 * so that the reload passes that user's access checks and never the publisher's.
 */
final class AsUser {

    private AsUser() {
    }

    static Authentication current() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    static void run(Authentication user, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext mine = SecurityContextHolder.createEmptyContext();
        mine.setAuthentication(user);
        SecurityContextHolder.setContext(mine);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
