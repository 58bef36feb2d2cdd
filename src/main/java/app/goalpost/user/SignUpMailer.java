package app.goalpost.user;

import app.goalpost.shared.i18n.GoalpostI18NProvider;
import app.goalpost.shared.mail.MailOut;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the holder of an e-mail address that someone tried to create an agency with it: the sign-up page does
 * not say so (it would reveal who has an account), so the owner of the address hears it, and only they do.
 */
@Component
class SignUpMailer {

    private static final Logger log = LoggerFactory.getLogger(SignUpMailer.class);

    private final MailOut mail;
    private final String baseUrl;

    SignUpMailer(MailOut mail, @Value("${goalpost.base-url}") String baseUrl) {
        this.mail = mail;
        this.baseUrl = baseUrl;
    }

    /**
     * Sent from its own (virtual) thread: waiting for the SMTP server would make a taken address answer
     * slower than a free one, which is what the page must not reveal.
     */
    void accountExistsLater(String to, Locale locale) {
        Thread.ofVirtual().name("sign-up-mail").start(() -> accountExists(to, locale));
    }

    /** In the account's own language. Returns whether a mail went out. */
    boolean accountExists(String to, Locale locale) {
        if (!mail.available()) {
            log.info("Sign-up with an e-mail that already has an account; no SMTP configured, nobody told");
            return false;
        }
        return mail.send(to, GoalpostI18NProvider.translate("signup.mail.exists.subject", locale),
                GoalpostI18NProvider.translate("signup.mail.exists.body", locale,
                        baseUrl.replaceAll("/+$", "") + "/login"),
                "account-exists notice");
    }
}
