package app.goalpost.notify;

import java.util.Map;

/** The settings page: the user's e-mail choice per kind, and whether this server sends mail at all. */
public record NotificationSettings(Map<NotificationKind, MailDelivery> delivery, boolean mailConfigured) {

    public NotificationSettings {
        delivery = Map.copyOf(delivery);
    }
}
