package app.goalpost.user;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the invitation link when SMTP is configured ({@code spring.mail.host}). The inviter always sees the link
 * on screen; the embedded/dev setup also logs it ({@code goalpost.invitation.log-links}).
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final boolean logLinks;

    InvitationMailer(ObjectProvider<JavaMailSender> mailSender, @Value("${goalpost.mail.from}") String from,
            @Value("${goalpost.invitation.log-links:false}") boolean logLinks) {
        this.mailSender = mailSender;
        this.from = from;
        this.logLinks = logLinks;
    }

    boolean send(String to, String inviterName, String agencyName, String url, Instant expiresAt) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            // A link in a log is a credential in a log: only the development setup writes it there.
            if (logLinks) {
                log.info("Invitation for {} (no SMTP configured, share this link): {} (expires {})", to, url, expiresAt);
            } else {
                log.info("Invitation for {} created; no SMTP configured, the inviter passes the link on", to);
            }
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(inviterName + " invited you to " + agencyName + " on Goalpost");
        message.setText("""
                %s invited you to join %s on Goalpost.

                Choose your password here (the link works once and expires on %s UTC):
                %s
                """.formatted(inviterName, agencyName, expiresAt, url));
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not email the invitation to {}: {}", to, e.getMessage());
            return false;
        }
    }
}
