package app.goalpost.user.ui;

import app.goalpost.security.CurrentUser;
import app.goalpost.security.SessionSignIn;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.user.PasswordPolicy;
import app.goalpost.user.SignUpService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** Sign-up of a new agency: the agency and its owner account. */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** A signed-in user has an agency already: sign-up is for newcomers. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.get().isPresent()) {
            event.forwardTo("");
        }
    }

    public SignUpView(SignUpService signUp, SessionSignIn sessions) {
        addClassName("gp-narrow-page");
        setAlignItems(Alignment.CENTER);
        TextField agency = new TextField(getTranslation("signup.agency"));
        agency.setId("agency-name");
        agency.setMaxLength(120);
        TextField name = new TextField(getTranslation("signup.name"));
        name.setId("display-name");
        name.setMaxLength(120);
        EmailField email = new EmailField(getTranslation("signup.email"));
        email.setId("email");
        PasswordField password = new PasswordField(getTranslation("signup.password"));
        password.setId("password");
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        Map<String, HasValidation> fields = Map.of("agencyName", agency, "displayName", name, "email", email,
                "password", password);
        Button create = new Button(getTranslation("signup.submit"), e -> {
            FieldErrors.clear(fields);
            try {
                // A new agency's owner is signed in with the password just chosen and lands in the app. A taken
                // address gets the sign-in form with the notice it always had (its holder is mailed); see
                // docs/decisions/0003 for why signing in the new owner tells nothing the form did not.
                boolean created = signUp.signUp(agency.getValue(), name.getValue(), email.getValue(),
                        password.getValue(), getLocale(), clientAddress()).isPresent();
                boolean signedIn = created && sessions.signIn(email.getValue(), password.getValue());
                getUI().ifPresent(ui -> ui.getPage().setLocation(signedIn ? "./" : "login?signedUp"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, fields, this);
            }
        });
        create.setId("sign-up");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(agency, name, email, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("26rem");
        add(new H1(getTranslation("signup.title")), new Paragraph(getTranslation("signup.intro")), form, create,
                new Anchor("login", getTranslation("signup.haveAccount")));
    }

    /** The address Tomcat resolved (forwarded headers count only from configured proxies). */
    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " · Goalpost";
    }
}
