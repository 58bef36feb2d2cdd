package app.goalpost.user.ui;

import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.i18n.GoalpostI18NProvider;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.shared.ui.UserLocale;
import app.goalpost.user.PasswordPolicy;
import app.goalpost.user.UserService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Map;

/** The signed-in user's own account: password change and language. */
@Route("account")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    public AccountView(UserService users) {
        addClassName("gp-page");
        GoalpostPrincipal me = CurrentUser.require();
        add(new H2(getTranslation("account.title")),
                new Paragraph(me.displayName() + " · " + me.email() + " · " + getTranslation("role." + me.role().name())));

        PasswordField current = new PasswordField(getTranslation("account.password.current"));
        current.setId("current-password");
        PasswordField next = new PasswordField(getTranslation("account.password.new"));
        next.setId("new-password");
        next.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        PasswordField confirm = new PasswordField(getTranslation("account.password.confirm"));
        confirm.setId("confirm-password");
        Map<String, HasValidation> fields = Map.of("currentPassword", current, "newPassword", next);
        Button change = new Button(getTranslation("account.password.submit"), e -> {
            FieldErrors.clear(fields);
            confirm.setInvalid(false);
            if (!next.getValue().equals(confirm.getValue())) {
                confirm.setErrorMessage(getTranslation("account.password.mismatch"));
                confirm.setInvalid(true);
                return;
            }
            try {
                users.changePassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                confirm.clear();
                FieldErrors.success(getTranslation("account.password.changed"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, fields, this);
            }
        });
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout passwordForm = new FormLayout(current, next, confirm);
        passwordForm.setMaxWidth("40rem");

        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setLabel(getTranslation("account.language"));
        language.setItems(GoalpostI18NProvider.ENGLISH, GoalpostI18NProvider.FRENCH);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(getLocale().getLanguage().equals("fr") ? GoalpostI18NProvider.FRENCH
                : GoalpostI18NProvider.ENGLISH);
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                users.changeLocale(e.getValue());
                UI.getCurrent().getSession().setAttribute(UserLocale.SESSION_ATTRIBUTE, e.getValue());
                UI.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        add(new H3(getTranslation("account.password.title")), passwordForm, change,
                new H3(getTranslation("account.language")), language);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · Goalpost";
    }
}
