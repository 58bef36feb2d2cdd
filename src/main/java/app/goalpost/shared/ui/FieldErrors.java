package app.goalpost.shared.ui;

import app.goalpost.shared.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;

/** Puts a service's refusal next to the field it concerns, or in a notification when no field matches. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void show(InvalidInputException e, Map<String, ? extends HasValidation> fields,
            com.vaadin.flow.component.Component context) {
        String message = context.getTranslation(e.messageKey(), e.args());
        HasValidation field = fields.get(e.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            error(message);
        }
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    public static Notification error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }

    public static Notification success(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }
}
