package app.goalpost.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

/** The application-wide error handler and error page: a reference id the user sees and the log has. */
@UiTest
class ErrorHandlingUiTest extends KaribuSupport {

    private static final Pattern REFERENCE = Pattern.compile("([0-9A-F]{8})");

    ListAppender<ILoggingEvent> handlerLog = new ListAppender<>();
    ListAppender<ILoggingEvent> pageLog = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        handlerLog.start();
        pageLog.start();
        ((Logger) LoggerFactory.getLogger(GoalpostErrorHandler.class)).addAppender(handlerLog);
        ((Logger) LoggerFactory.getLogger(ErrorView.class)).addAppender(pageLog);
    }

    @AfterEach
    void releaseLogs() {
        ((Logger) LoggerFactory.getLogger(GoalpostErrorHandler.class)).detachAppender(handlerLog);
        ((Logger) LoggerFactory.getLogger(ErrorView.class)).detachAppender(pageLog);
    }

    @Test
    void everySessionGetsTheHandler() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(GoalpostErrorHandler.class);
    }

    @Test
    void anUnexpectedFailureShowsAReferenceThatTheLogHasWithTheStackTrace() {
        UI.getCurrent().navigate(FailingPage.class);
        Button boom = _get(Button.class, spec -> spec.withId("boom"));
        IllegalStateException failure = new IllegalStateException("bug in a click listener");
        try {
            boom.click();
        } catch (IllegalStateException e) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
        String text = notification();
        assertThat(text).startsWith("Something went wrong and your last action was not completed.");
        String reference = reference(text);
        assertThat(handlerLog.list).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage()).contains(reference);
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo(failure.getMessage());
            assertThat(event.getLevel().toString()).isEqualTo("ERROR");
        });
        // the page stays as it was: the user's input is not thrown away
        assertThat(_get(FailingPage.class).input.getText()).isEqualTo("typed by the user");
    }

    @Test
    void aDatabaseFailureSaysTheServiceIsTemporarilyUnavailable() {
        UI.getCurrent().navigate(FailingPage.class);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new RuntimeException("wrapped",
                new DataAccessResourceFailureException("Connection refused"))));
        String text = notification();
        assertThat(text).startsWith("The service is temporarily unavailable. Your input is kept: try again");
        assertThat(handlerLog.list).singleElement()
                .satisfies(e -> assertThat(e.getFormattedMessage()).contains(reference(text)));
    }

    @Test
    void aPageThatFailsToOpenShowsTheErrorPageWithAReference() {
        UI.getCurrent().navigate("test-broken-page");
        String text = _get(Paragraph.class, spec -> spec.withId("error-message")).getText();
        assertThat(text).startsWith("This page could not be shown.");
        assertThat(pageLog.list).singleElement()
                .satisfies(e -> assertThat(e.getFormattedMessage()).contains(reference(text)));
    }

    @Test
    void theSignInPageSaysTheServiceIsUnavailableInsteadOfWrongPassword() {
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("unavailable", ""));
        com.vaadin.flow.component.login.LoginForm form = _get(com.vaadin.flow.component.login.LoginForm.class);
        assertThat(form.isError()).isTrue();
        // the form's texts travel to the browser as its i18n property
        String i18n = String.valueOf(form.getElement().getPropertyRaw("i18n"));
        assertThat(i18n).contains("Service temporarily unavailable").contains("Your password was not checked")
                .doesNotContain("Incorrect email or password");
    }

    private static String notification() {
        return _get(Notification.class, spec -> spec.withId("error-notification")).getElement().getProperty("text");
    }

    private static String reference(String text) {
        Matcher m = REFERENCE.matcher(text);
        assertThat(m.find()).as("reference in %s", text).isTrue();
        return m.group(1);
    }

    /** A page with a failing button and some typed input. Test-only route. */
    @Route(value = "test-failing-page", autoLayout = false)
    @AnonymousAllowed
    public static class FailingPage extends VerticalLayout {
        final Paragraph input = new Paragraph("typed by the user");

        public FailingPage() {
            Button boom = new Button("Boom", e -> {
                throw new IllegalStateException("bug in a click listener");
            });
            boom.setId("boom");
            add(input, boom);
        }
    }

    /** A page whose constructor fails, as a page whose service call fails does. Test-only route. */
    @Route(value = "test-broken-page", autoLayout = false)
    @AnonymousAllowed
    public static class BrokenPage extends VerticalLayout {
        public BrokenPage() {
            throw new IllegalStateException("cannot build this page");
        }
    }
}
