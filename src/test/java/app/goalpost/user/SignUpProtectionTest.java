package app.goalpost.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.security.ThrottleStore;
import app.goalpost.tenancy.AgencyService;
import app.goalpost.user.internal.UserAccountRepository;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-up does not reveal who has an account (same answer; the holder of the address is mailed, over a real
 * SMTP server) and is limited per client address.
 */
@IntegrationTest
class SignUpProtectionTest {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @Autowired AgencyService agencies;
    @Autowired UserAccountRepository accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired TransactionTemplate tx;
    @Autowired ThrottleStore throttle;
    @Autowired Fixtures fixtures;
    @Autowired UserDetailsService userDetails;
    @Autowired MutableClock clock;

    AgencyFixture f;
    SignUpService signUp;

    @BeforeEach
    void agency() throws Exception {
        clock.reset();
        f = fixtures.agency("sup");
        smtp.purgeEmailFromAllMailboxes();
        // The real service on the shared test context's beans, with SMTP (GreenMail) and a limit of 3 sign-ups
        // per address an hour: built here rather than configured, so that no second application context starts.
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP_PORT);
        StaticListableBeanFactory mail = new StaticListableBeanFactory();
        mail.addBean("mailSender", sender);
        SignUpMailer mailer = new SignUpMailer(new app.goalpost.shared.mail.MailOut(
                mail.getBeanProvider(JavaMailSender.class), "no-reply@goalpost.test"), "http://localhost:8080");
        signUp = new SignUpService(agencies, accounts, encoder, tx, clock, mailer, throttle, 3, Duration.ofHours(1));
    }

    @Test
    void anAddressThatHasAnAccountGetsTheSameAnswerAndItsHolderIsMailed() throws Exception {
        String address = "192.0.2." + (f.agencyId() % 250);
        String variant = f.owner().toUpperCase(Locale.ROOT);
        OptionalLong result = signUp.signUp("Copycat " + f.agencyId(), "Mallory", variant, "another-password",
                Locale.ENGLISH, address);
        // No exception, nothing for the page to show differently, and nothing created.
        assertThat(result).isEmpty();
        assertThat(((GoalpostPrincipal) userDetails.loadUserByUsername(f.owner())).agencyId()).isEqualTo(f.agencyId());

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(f.owner());
        assertThat(mail.getSubject()).isEqualTo("Someone tried to create a Goalpost agency with your email address");
        assertThat(GreenMailUtil.getBody(mail)).contains("No new agency was created", "http://localhost:8080/login");

        // A free address: an agency, and no mail to anybody.
        String fresh = "fresh-" + UUID.randomUUID() + "@sup.test";
        assertThat(signUp.signUp("Fresh " + f.agencyId(), "Fran", fresh, "a-good-password", Locale.ENGLISH,
                address)).isPresent();
        assertThat(userDetails.loadUserByUsername(fresh)).isNotNull();
        Thread.sleep(300);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void signUpsArePerAddressLimited() {
        String address = "198.51.100." + (f.agencyId() % 250);
        for (int i = 0; i < 3; i++) {
            assertThat(signUp.signUp("Rate " + i + " " + f.agencyId(), "Rae", "rate-" + i + "-" + UUID.randomUUID()
                    + "@sup.test", "a-good-password", Locale.ENGLISH, address)).isPresent();
        }
        String fourth = "rate-4-" + UUID.randomUUID() + "@sup.test";
        assertThatThrownBy(() -> signUp.signUp("Rate 4 " + f.agencyId(), "Rae", fourth, "a-good-password",
                Locale.ENGLISH, address))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.messageKey()).isEqualTo("signup.validation.throttled");
                    assertThat((Long) e.args()[0]).isBetween(1L, 60L);
                });
        assertThatThrownBy(() -> userDetails.loadUserByUsername(fourth)).isInstanceOf(UsernameNotFoundException.class);
        // Another address is not affected, and the limit reopens after the window.
        assertThat(signUp.signUp("Rate 5 " + f.agencyId(), "Rae", "rate-5-" + UUID.randomUUID() + "@sup.test",
                "a-good-password", Locale.ENGLISH, address + "1")).isPresent();
        clock.advance(Duration.ofMinutes(61));
        assertThat(signUp.signUp("Rate 4 " + f.agencyId(), "Rae", fourth, "a-good-password", Locale.ENGLISH,
                address)).isPresent();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
