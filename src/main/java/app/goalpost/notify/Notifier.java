package app.goalpost.notify;

import app.goalpost.notify.internal.Notification;
import app.goalpost.notify.internal.NotificationRepository;
import app.goalpost.notify.internal.NotifyPreference;
import app.goalpost.notify.internal.NotifyPreferenceRepository;
import app.goalpost.shared.i18n.GoalpostI18NProvider;
import app.goalpost.shared.mail.MailOut;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.workspace.WorkspaceAudience;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the notifications of one event, one per recipient in their language, and decides each one's e-mail from
 * the recipient's preference: none, at once ({@link #send} after the writing transaction), or the digest. The
 * callers pick the recipients from the workspace's audience; this class adds nothing to the list. Runs in the
 * tenant scope of the caller (the user whose save caused it, or a job's {@code runAsTenant}).
 */
@Component
class Notifier {

    private final NotificationRepository notifications;
    private final NotifyPreferenceRepository preferences;
    private final MailOut mail;
    private final UnsubscribeTokens tokens;
    private final Clock clock;
    private final String baseUrl;

    Notifier(NotificationRepository notifications, NotifyPreferenceRepository preferences, MailOut mail,
            UnsubscribeTokens tokens, Clock clock, @Value("${goalpost.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.mail = mail;
        this.tokens = tokens;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A mail to send once the notifications are committed. */
    record Mail(String to, String subject, String body) {
    }

    /**
     * Stores one notification per recipient; returns the mails to send at once. {@code title} writes the text in
     * a recipient's language; {@code link} is the app path (no leading slash).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Mail> create(long workspaceId, Collection<WorkspaceAudience.Person> recipients, NotificationKind kind,
            Function<Locale, String> title, String link) {
        if (recipients.isEmpty()) {
            return List.of();
        }
        Map<Long, MailDelivery> chosen = preferences.findByUserIdIn(recipients.stream()
                .map(WorkspaceAudience.Person::userId).toList()).stream().filter(p -> p.getKind() == kind)
                .collect(Collectors.toMap(NotifyPreference::getUserId, NotifyPreference::getDelivery));
        boolean smtp = mail.available();
        long agencyId = TenantContext.currentAgency().orElseThrow();
        List<Mail> now = new ArrayList<>();
        for (WorkspaceAudience.Person p : recipients) {
            MailDelivery delivery = smtp ? chosen.getOrDefault(p.userId(), kind.byDefault()) : MailDelivery.OFF;
            String text = clip(title.apply(p.locale()), 600);
            Notification.MailState state = switch (delivery) {
                case OFF -> Notification.MailState.NONE;
                case IMMEDIATE -> Notification.MailState.SENT;
                case DIGEST -> Notification.MailState.PENDING;
            };
            notifications.save(new Notification(p.userId(), workspaceId, kind, text, link, clock.instant(), state));
            if (delivery == MailDelivery.IMMEDIATE) {
                now.add(new Mail(p.email(), clip(t("notify.mail.subject", p.locale(), text), 200),
                        t("notify.mail.body", p.locale(), text, url(link))
                                + footer(p.locale(), agencyId, p.userId(), List.of(kind))));
            }
        }
        return now;
    }

    /** Sends mails after the commit; a failure is logged by {@link MailOut} and costs only that mail. */
    int send(List<Mail> mails) {
        int sent = 0;
        for (Mail m : mails) {
            if (mail.send(m.to(), m.subject(), m.body(), "notification")) {
                sent++;
            }
        }
        return sent;
    }

    /** Why the mail came, where to change it, and one unsubscribe link per kind it contains. */
    String footer(Locale locale, long agencyId, long userId, Collection<NotificationKind> kinds) {
        StringBuilder text = new StringBuilder("\n\n-- \n").append(t("notify.mail.why", locale, url("account/notifications")));
        for (NotificationKind kind : kinds) {
            text.append('\n').append(t("notify.mail.unsubscribe", locale, t("notify.kind." + kind.name(), locale),
                    url("unsubscribe/" + tokens.token(agencyId, userId, kind))));
        }
        return text.toString();
    }

    String url(String path) {
        return baseUrl + "/" + path;
    }

    static String t(String key, Locale locale, Object... args) {
        return GoalpostI18NProvider.translate(key, locale, args);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
