package app.goalpost.collab;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands work for a UI to {@link UI#access} on a virtual thread: the thread that published an event (a saving request,
 * the Redis listener) never waits for the pages it updates, and one slow page does not hold up the others. The work
 * runs as the page's own user (the sign-in captured when the page subscribed), never as the publisher: a reload then
 * passes that user's access checks, on the saver's node as on any other (where the Redis thread has no sign-in).
 */
final class UiDispatch {

    private static final ExecutorService EXECUTOR = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("goalpost-live-", 0).factory());

    private UiDispatch() {
    }

    static void access(UI ui, @Nullable Authentication user, Command command) {
        EXECUTOR.execute(() -> {
            try {
                ui.access(() -> asUser(user, command));
            } catch (UIDetachedException closed) {
                // the page went away while the event travelled: nothing to update
            }
        });
    }

    /** The sign-in of the current thread, to hand to {@link #access} later. */
    static @Nullable Authentication currentUser() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    private static void asUser(@Nullable Authentication user, Command command) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext mine = SecurityContextHolder.createEmptyContext();
        mine.setAuthentication(user);
        SecurityContextHolder.setContext(mine);
        try {
            command.execute();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
