package app.goalpost.user;

import app.goalpost.shared.i18n.GoalpostI18NProvider;
import app.goalpost.shared.mail.MailOut;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends the invitation link when SMTP is configured ({@code spring.mail.host}). The inviter always sees the link
 * on screen; the embedded/dev setup also logs it ({@code goalpost.invitation.log-links}).
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final MailOut mail;
    private final boolean logLinks;

    InvitationMailer(MailOut mail, @Value("${goalpost.invitation.log-links:false}") boolean logLinks) {
        this.mail = mail;
        this.logLinks = logLinks;
    }

    /** Sends in the inviter's language: they chose the invitee and usually share it. */
    boolean send(String to, String inviterName, String agencyName, String url, Instant expiresAt, Locale locale) {
        if (!mail.available()) {
            // A link in a log is a credential in a log: only the development setup writes it there.
            if (logLinks) {
                log.info("Invitation for {} (no SMTP configured, share this link): {} (expires {})", to, url, expiresAt);
            } else {
                log.info("Invitation for {} created; no SMTP configured, the inviter passes the link on", to);
            }
            return false;
        }
        return mail.send(to, GoalpostI18NProvider.translate("invite.mail.subject", locale, inviterName, agencyName),
                GoalpostI18NProvider.translate("invite.mail.body", locale, inviterName, agencyName,
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                                .format(expiresAt.atZone(ZoneOffset.UTC).toLocalDate()), url),
                "invitation to " + to);
    }
}
