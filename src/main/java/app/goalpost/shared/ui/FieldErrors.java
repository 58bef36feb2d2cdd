package app.goalpost.shared.ui;

import app.goalpost.shared.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Map;
import java.util.Optional;

/**
 * The one way a page shows what a service refused: an {@link InvalidInputException} next to the field it concerns
 * (a notification only when no field on the page matches), and a save conflict (someone else saved first) as a
 * notification that stays, with its text, an optional reload and a close button.
 */
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

    /** A refusal on a page without fields of its own (an action button): shown as a notification. */
    public static void show(InvalidInputException e, Component context) {
        show(e, Map.of(), context);
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

    /**
     * Someone else saved first: the user's input stays on screen and this says so until it is closed. A
     * notification made with text loses that text when a component is added (its text and its components are two
     * different renderings), so the text is a component here, next to the buttons.
     *
     * @param id     the notification's id, so that pages and tests can find it
     * @param reload when present, a button that reloads the stored version (and closes the notification)
     */
    public static Notification conflict(Component context, String messageKey, String id,
            Optional<Runnable> reload) {
        Notification n = new Notification();
        n.setId(id);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setPosition(Notification.Position.TOP_CENTER);
        n.setDuration(0);
        Span text = new Span(context.getTranslation(messageKey));
        text.setId(id + "-text");
        HorizontalLayout content = new HorizontalLayout(text);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        reload.ifPresent(action -> {
            Button button = new Button(context.getTranslation("common.reload"), e -> {
                n.close();
                action.run();
            });
            button.setId(id + "-reload");
            content.add(button);
        });
        Button close = new Button(context.getTranslation("common.close"), e -> n.close());
        close.setId(id + "-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        content.add(close);
        n.add(content);
        n.open();
        return n;
    }
}
