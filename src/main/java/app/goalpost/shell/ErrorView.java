package app.goalpost.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page shown when opening a page fails (replaces Vaadin's InternalServerError, which shows nothing useful
 * in production mode). Needs no database and no signed-in layout, so it renders during a database outage:
 * "temporarily unavailable" with status 503, or a generic error with a reference id and status 500. A revoked
 * account is signed out instead. More specific error views (not found) still win for their exceptions.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    public ErrorView() {
        addClassName("gp-error-page");
        setId("error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Failure failure = Failure.of(parameter.getCaughtException());
        removeAll();
        switch (failure.kind()) {
            case ACCESS_REVOKED -> {
                log.info("Access revoked, signing out [ref {}]: {}", failure.reference(), failure.cause().toString());
                RevokedSignOut.signOut(event.getUI());
                return HttpServletResponse.SC_UNAUTHORIZED;
            }
            case SERVICE_UNAVAILABLE -> {
                log.warn("Service unavailable while opening {} [ref {}]", event.getLocation().getPath(),
                        failure.reference(), failure.cause());
                show("error.page.unavailableTitle", "error.page.unavailableText", failure.reference(), event);
                return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            }
            default -> {
                // UNEXPECTED (WORKSPACE_GONE during navigation is answered by the not-found view)
                log.error("Unexpected error while opening {} [ref {}]", event.getLocation().getPath(),
                        failure.reference(), failure.cause());
                show("error.page.title", "error.page.text", failure.reference(), event);
                return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            }
        }
    }

    private void show(String title, String text, String reference, BeforeEnterEvent event) {
        Paragraph message = new Paragraph(getTranslation(text, reference));
        message.setId("error-message");
        add(new H2(getTranslation(title)), message,
                new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("error.page.retry")));
    }
}
