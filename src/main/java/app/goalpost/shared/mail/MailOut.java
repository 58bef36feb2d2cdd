package app.goalpost.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The one way a feature sends a plain-text mail (optionally with one attachment): from the configured sender address, only when SMTP is configured
 * ({@code spring.mail.host}), and a failed delivery is logged and reported, never thrown at the user.
 */
@Component
public class MailOut {

    private static final Logger log = LoggerFactory.getLogger(MailOut.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    public MailOut(ObjectProvider<JavaMailSender> mailSender, @Value("${goalpost.mail.from}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    /** Whether SMTP is configured at all. */
    public boolean available() {
        return mailSender.getIfAvailable() != null;
    }

    /** Sends one mail; {@code what} names it in the log. Returns whether it went out. */
    public boolean send(String to, String subject, String text, String what) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not send the {}: {}", what, e.getMessage());
            return false;
        }
    }

    /** Sends one mail with a file attached (a report PDF); same rules as {@link #send}. */
    public boolean send(String to, String subject, String text, Attachment attachment, String what) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text);
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.bytes()),
                    attachment.mimeType());
            sender.send(message);
            return true;
        } catch (MailException | MessagingException e) {
            log.warn("Could not send the {}: {}", what, e.getMessage());
            return false;
        }
    }

    /** A file attached to a mail. */
    public record Attachment(String fileName, byte[] bytes, String mimeType) {
    }
}
