package app.goalpost.shell;

import app.goalpost.security.CurrentUser;
import app.goalpost.shared.ui.UserLocale;
import app.goalpost.user.UserService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Per UI of a signed-in user: shows it in the user's language (anonymous pages follow the browser, en or fr),
 * and ends the session at the next navigation once an admin has deactivated the account.
 */
@Component
class SignedInUserInitializer implements VaadinServiceInitListener {

    private final UserService users;
    private final AuthenticationContext authentication;

    SignedInUserInitializer(UserService users, AuthenticationContext authentication) {
        this.users = users;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            CurrentUser.get().ifPresent(user -> {
                Object chosen = init.getUI().getSession().getAttribute(UserLocale.SESSION_ATTRIBUTE);
                init.getUI().setLocale(chosen instanceof Locale locale ? locale : user.locale());
            });
            init.getUI().addBeforeEnterListener(enter -> {
                if (CurrentUser.get().isPresent() && !users.isCurrentUserActive()) {
                    authentication.logout();
                }
            });
        });
    }
}
