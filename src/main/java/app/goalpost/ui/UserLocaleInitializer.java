package app.goalpost.ui;

import app.goalpost.security.CurrentUser;
import app.goalpost.shared.ui.UserLocale;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Shows every new UI in the signed-in user's language; anonymous pages follow the browser (en or fr). */
@Component
class UserLocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> CurrentUser.get().ifPresent(user -> {
            Object chosen = init.getUI().getSession().getAttribute(UserLocale.SESSION_ATTRIBUTE);
            init.getUI().setLocale(chosen instanceof Locale locale ? locale : user.locale());
        }));
    }
}
