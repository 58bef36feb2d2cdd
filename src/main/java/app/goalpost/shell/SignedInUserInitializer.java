package app.goalpost.shell;

import app.goalpost.security.CurrentUser;
import app.goalpost.shared.ui.UserLocale;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Per UI of a signed-in user: shows it in the user's language (anonymous pages follow the browser, en or fr).
 * A deactivated account is refused at its next service call, not here (docs/decisions/0009-revoked-access.md).
 */
@Component
class SignedInUserInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            CurrentUser.get().ifPresent(user -> {
                Object chosen = init.getUI().getSession().getAttribute(UserLocale.SESSION_ATTRIBUTE);
                init.getUI().setLocale(chosen instanceof Locale locale ? locale : user.locale());
            });
        });
    }
}
