package app.goalpost.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session error handler: any exception that escapes a click, a value change or a data provider ends here.
 * The user gets a notification with a reference id (the input on the page is left as it was), the log gets the
 * stack trace with the same id; a revoked account is signed out; a workspace that is no longer visible is left. Without it, production mode shows nothing.
 */
public class GoalpostErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(GoalpostErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Failure failure = Failure.of(event.getThrowable());
        UI ui = event.getComponent().flatMap(c -> c.getUI()).orElse(UI.getCurrent());
        switch (failure.kind()) {
            case ACCESS_REVOKED -> {
                log.info("Access revoked, signing out [ref {}]: {}", failure.reference(), failure.cause().toString());
                if (ui != null) {
                    RevokedSignOut.signOut(ui);
                }
            }
            case WORKSPACE_GONE -> {
                log.info("Workspace no longer available [ref {}]", failure.reference());
                if (ui != null) {
                    // leave the page whose data the user may no longer see, then say why
                    ui.navigate("");
                    notify(ui, "error.workspaceGone", failure.reference());
                }
            }
            case SERVICE_UNAVAILABLE -> {
                log.warn("Service unavailable [ref {}]", failure.reference(), failure.cause());
                notify(ui, "error.unavailable", failure.reference());
            }
            case UNEXPECTED -> {
                log.error("Unexpected error [ref {}]", failure.reference(), failure.cause());
                notify(ui, "error.unexpected", failure.reference());
            }
        }
    }

    private static void notify(UI ui, String key, String reference) {
        if (ui == null) {
            return; // no page to tell (e.g. a background thread): the log line is all there is
        }
        Notification n = new Notification(ui.getTranslation(key, reference), 0, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("error-notification");
        // stays until closed: the reference must stay readable; a click anywhere on it closes it
        n.getElement().addEventListener("click", e -> n.close());
        ui.add(n);
        n.open();
    }
}
