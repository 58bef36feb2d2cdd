package app.goalpost.user.ui;

import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.user.InvitationPreview;
import app.goalpost.user.InvitationService;
import app.goalpost.user.PasswordPolicy;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.Optional;

/** The page an invitation link opens: choose a name and password, once, before the link expires. */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
public class AcceptInvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient InvitationService invitations;

    public AcceptInvitationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("gp-narrow-page");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        Optional<InvitationPreview> preview = invitations.preview(token);
        if (preview.isEmpty()) {
            add(new H1(getTranslation("invite.accept.title")),
                    new Paragraph(getTranslation("invite.expired")), new Anchor("login", getTranslation("login.title")));
            return;
        }
        InvitationPreview p = preview.get();
        TextField name = new TextField(getTranslation("signup.name"));
        name.setId("display-name");
        name.setMaxLength(120);
        PasswordField password = new PasswordField(getTranslation("signup.password"));
        password.setId("password");
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        PasswordField confirm = new PasswordField(getTranslation("account.password.confirm"));
        confirm.setId("confirm");
        Map<String, HasValidation> fields = Map.of("displayName", name, "password", password);
        Button accept = new Button(getTranslation("invite.accept.submit"), e -> {
            FieldErrors.clear(fields);
            if (!password.getValue().equals(confirm.getValue())) {
                confirm.setErrorMessage(getTranslation("account.password.mismatch"));
                confirm.setInvalid(true);
                return;
            }
            try {
                invitations.accept(token, name.getValue(), password.getValue());
                getUI().ifPresent(ui -> ui.getPage().setLocation("login?joined"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, fields, this);
            }
        });
        accept.setId("accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("26rem");
        add(new H1(getTranslation("invite.accept.title")),
                new Paragraph(getTranslation("invite.accept.intro", p.agencyName(), p.email(),
                        getTranslation("role." + p.role().name()))),
                form, accept);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invite.accept.title") + " · Goalpost";
    }
}
