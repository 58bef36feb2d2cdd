package app.goalpost.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Puts the one {@link GoalpostErrorHandler} on every Vaadin session (and on each UI's session, for safety). */
@Component
class ErrorHandlerInstaller implements VaadinServiceInitListener {

    private final GoalpostErrorHandler handler = new GoalpostErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(handler));
        // sessions created before this listener ran (or by test harnesses that skip session init) get it per UI
        event.getSource().addUIInitListener(init -> {
            if (!(init.getUI().getSession().getErrorHandler() instanceof GoalpostErrorHandler)) {
                init.getUI().getSession().setErrorHandler(handler);
            }
        });
    }
}
