package app.goalpost.notify.ui;

import app.goalpost.notify.MailDelivery;
import app.goalpost.notify.NotificationKind;
import app.goalpost.notify.NotificationService;
import app.goalpost.notify.NotificationSettings;
import app.goalpost.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every user's notification settings (staff and clients alike): per kind, e-mail off, at once or in the daily
 * digest. The bell shows every notification whatever is chosen here; the page says when the server sends no mail.
 */
@Route("account/notifications")
@PermitAll
class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final Map<NotificationKind, Select<MailDelivery>> choices = new EnumMap<>(NotificationKind.class);

    NotificationSettingsView(NotificationService notifications) {
        addClassName("gp-page");
        NotificationSettings settings = notifications.settings();
        add(new H2(getTranslation("notify.settings.title")));
        Paragraph intro = new Paragraph(getTranslation("notify.settings.intro"));
        add(intro);
        if (!settings.mailConfigured()) {
            Paragraph noMail = new Paragraph(getTranslation("notify.settings.noMail"));
            noMail.setId("notify-no-mail");
            noMail.addClassName("gp-warning");
            add(noMail);
        }
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (NotificationKind kind : NotificationKind.values()) {
            Select<MailDelivery> select = new Select<>();
            select.setId("notify-" + kind.name().toLowerCase(Locale.ROOT));
            select.setLabel(getTranslation("notify.kind." + kind.name()));
            select.setHelperText(getTranslation("notify.kind." + kind.name() + ".help"));
            select.setItems(MailDelivery.values());
            select.setItemLabelGenerator(d -> getTranslation("notify.delivery." + d.name()));
            select.setValue(settings.delivery().get(kind));
            choices.put(kind, select);
            form.add(select);
        }
        Button save = new Button(getTranslation("common.save"), e -> {
            Map<NotificationKind, MailDelivery> chosen = new EnumMap<>(NotificationKind.class);
            choices.forEach((kind, select) -> chosen.put(kind, select.getValue()));
            notifications.saveSettings(chosen);
            FieldErrors.success(getTranslation("notify.settings.saved"));
        });
        save.setId("notify-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, save);
    }

    /** The choice shown for a kind (tests). */
    Select<MailDelivery> choice(NotificationKind kind) {
        return choices.get(kind);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.settings.title") + " · Goalpost";
    }
}
