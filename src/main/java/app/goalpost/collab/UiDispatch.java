package app.goalpost.collab;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Hands work for a UI to {@link UI#access} on a virtual thread: the thread that published an event (a saving request,
 * the Redis listener) never waits for the pages it updates, and one slow page does not hold up the others.
 */
final class UiDispatch {

    private static final ExecutorService EXECUTOR = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("goalpost-live-", 0).factory());

    private UiDispatch() {
    }

    static void access(UI ui, Command command) {
        EXECUTOR.execute(() -> {
            try {
                ui.access(command);
            } catch (UIDetachedException closed) {
                // the page went away while the event travelled: nothing to update
            }
        });
    }
}
