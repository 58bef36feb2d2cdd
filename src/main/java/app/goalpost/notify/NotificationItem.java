package app.goalpost.notify;

import java.time.Instant;

/** One line of the bell's list: the text in the recipient's language, the app path it opens, read or not. */
public record NotificationItem(long id, NotificationKind kind, String title, String link, Instant createdAt,
        boolean read) {
}
