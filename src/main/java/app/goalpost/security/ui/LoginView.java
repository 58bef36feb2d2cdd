package app.goalpost.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;

/** Sign-in. Explains a wrong password, a throttled account or address, a fresh sign-up or invitation. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView() {
        addClassName("gp-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        notice.addClassName("gp-notice");
        notice.setVisible(false);
        H1 title = new H1("Goalpost");
        title.addClassName("gp-login-title");
        Anchor signUp = new Anchor("signup", getTranslation("login.signUp"));
        signUp.setId("sign-up-link");
        add(title, new Paragraph(getTranslation("login.tagline")), notice, form, signUp);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        if (params.containsKey("throttled")) {
            error.setTitle(getTranslation("login.throttled.title"));
            error.setMessage(getTranslation("login.throttled.text", minutes(params.get("throttled"))));
            form.setError(true);
        } else if (params.containsKey("unavailable")) {
            error.setTitle(getTranslation("login.unavailable.title"));
            error.setMessage(getTranslation("login.unavailable.text"));
            form.setError(true);
        } else {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.text"));
            form.setError(params.containsKey("error"));
        }
        i18n.setErrorMessage(error);
        form.setI18n(i18n);
        if (params.containsKey("signedUp")) {
            showNotice(getTranslation("login.notice.signedUp"));
        } else if (params.containsKey("joined")) {
            showNotice(getTranslation("login.notice.joined"));
        } else if (params.containsKey("revoked")) {
            showNotice(getTranslation("login.notice.revoked"));
        }
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    private static long minutes(List<String> values) {
        try {
            return Math.max(1, Long.parseLong(values.getFirst()));
        } catch (RuntimeException e) {
            return 15;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Goalpost";
    }
}
