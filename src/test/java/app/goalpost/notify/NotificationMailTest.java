package app.goalpost.notify;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.review.ReviewService;
import app.goalpost.review.TriggerKind;
import app.goalpost.review.comment.CommentService;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.TestProfiles;
import app.goalpost.workspace.DiscussionSubject;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notification mail against a real SMTP server in the test (GreenMail), with the app on a real port: a mention
 * mails at once, a kind set to "daily digest" waits for the digest job, two digest runs at the same time send each
 * digest once, and the unsubscribe link of a mail, opened over HTTP without signing in, switches off exactly that
 * kind of that user. Tagged persistence: runs on MariaDB too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
@Tag("persistence")
class NotificationMailTest {

    private static final int SMTP_PORT = freePort();
    private static final Pattern UNSUBSCRIBE = Pattern.compile("http://localhost:8080(/unsubscribe/[A-Za-z0-9_.-]+)");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired NotificationService notifications;
    @Autowired CommentService comments;
    @Autowired ReviewService reviews;
    @Autowired KpiService kpis;
    @Autowired DigestJob digest;

    AgencyFixture f;
    long kpi;
    long client;

    @BeforeEach
    void setUp() {
        f = fixtures.agency("mail");
        fixtures.signIn(f.owner());
        kpi = kpis.create(f.ws1Id(), KpiInput.count("Leads", 100, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)));
        client = fixtures.signIn(f.client()).userId();
        Fixtures.signOut();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void aMentionMailsAtOnceAndADigestKindWaitsForTheDigest() throws Exception {
        fixtures.signIn(f.manager());
        notifications.saveSettings(Map.of(NotificationKind.TRIGGER_RAISED, MailDelivery.DIGEST));
        comments.post(f.ws1Id(), DiscussionSubject.KPI, kpi, "Can you <b>check</b>?", false, List.of(client));
        MimeMessage mention = only(f.client());
        assertThat(mention.getSubject()).startsWith("Goalpost: Member " + f.manager() + " mentioned you on the KPI");
        String body = text(mention);
        assertThat(body).contains("Open: http://localhost:8080/w/" + f.ws1() + "/kpis/" + kpi)
                .contains("No more e-mail about Mentions: http://localhost:8080/unsubscribe/");

        // a trigger: the owner and admin (default: at once) get it now, the manager chose the digest
        fixtures.signIn(f.contributor());
        reviews.recordTrigger(f.ws2Id(), TriggerKind.BUSINESS_GOAL_CHANGED, "New product line");
        Fixtures.signOut();
        assertThat(to(f.owner())).hasSize(1);
        assertThat(to(f.admin())).hasSize(1);
        assertThat(to(f.manager())).isEmpty();

        digest.sendDigests();
        MimeMessage daily = only(f.manager());
        assertThat(daily.getSubject()).isEqualTo("Goalpost: your daily digest (1 notifications)");
        assertThat(text(daily)).contains("Review trigger in mail Beta", "business goal changed",
                "http://localhost:8080/w/" + f.ws2() + "/reviews", "No more e-mail about Review triggers");
        // sent once: a second run the same day has nothing left
        digest.sendDigests();
        assertThat(to(f.manager())).hasSize(1);
        assertThat(to(f.owner())).hasSize(1);
    }

    @Test
    void twoDigestRunsAtTheSameTimeSendEachDigestOnce() throws Exception {
        for (String who : List.of(f.owner(), f.admin(), f.manager())) {
            fixtures.signIn(who);
            notifications.saveSettings(Map.of(NotificationKind.TRIGGER_RAISED, MailDelivery.DIGEST));
        }
        fixtures.signIn(f.contributor());
        reviews.recordTrigger(f.ws2Id(), TriggerKind.AUDIENCE_CHANGED, "One");
        reviews.recordTrigger(f.ws2Id(), TriggerKind.OTHER, "Two");
        Fixtures.signOut();
        assertThat(to(f.owner())).isEmpty();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(nodes.submit(() -> {
                start.await();
                return digest.sendDigests();
            }), nodes.submit(() -> {
                start.await();
                return digest.sendDigests();
            }));
            start.countDown();
            int total = 0;
            for (Future<Integer> run : runs) {
                total += run.get();
            }
            assertThat(total).isGreaterThanOrEqualTo(3);
        } finally {
            nodes.shutdownNow();
        }
        for (String who : List.of(f.owner(), f.admin(), f.manager())) {
            MimeMessage one = only(who);
            assertThat(one.getSubject()).isEqualTo("Goalpost: your daily digest (2 notifications)");
        }
    }

    @Test
    void theUnsubscribeLinkWorksWithoutSignInAndChangesOnlyThatKindOfThatUser() throws Exception {
        fixtures.signIn(f.manager());
        comments.post(f.ws1Id(), DiscussionSubject.KPI, kpi, "Please look", false, List.of(client));
        fixtures.signIn(f.owner());
        Map<NotificationKind, MailDelivery> ownersBefore = notifications.settings().delivery();
        Fixtures.signOut();
        Matcher link = UNSUBSCRIBE.matcher(text(only(f.client())));
        assertThat(link.find()).isTrue();

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + link.group(1) + "x")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(404);
        fixtures.signIn(f.client());
        assertThat(notifications.settings().delivery()).containsEntry(NotificationKind.MENTIONED, MailDelivery.IMMEDIATE);
        Fixtures.signOut();

        HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + link.group(1))).header("Accept-Language", "fr").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("vous ne recevrez plus d’e-mail sur les Mentions");
        assertThat(done.headers().firstValue("Set-Cookie")).isEmpty();

        fixtures.signIn(f.client());
        Map<NotificationKind, MailDelivery> expected = new EnumMap<>(NotificationKind.class);
        for (NotificationKind k : NotificationKind.values()) {
            expected.put(k, k == NotificationKind.MENTIONED ? MailDelivery.OFF : k.byDefault());
        }
        assertThat(notifications.settings().delivery()).isEqualTo(expected);
        fixtures.signIn(f.owner());
        assertThat(notifications.settings().delivery()).isEqualTo(ownersBefore);

        // the next mention of the client is in the bell only
        fixtures.signIn(f.manager());
        comments.post(f.ws1Id(), DiscussionSubject.KPI, kpi, "Again", false, List.of(client));
        assertThat(to(f.client())).hasSize(1);
        fixtures.signIn(f.client());
        assertThat(notifications.unreadCount()).isEqualTo(2);
    }

    /** The decoded plain text (the raw body is quoted-printable, with soft line breaks inside long links). */
    private static String text(MimeMessage m) throws IOException, MessagingException {
        return m.getContent().toString();
    }

    private MimeMessage only(String address) {
        List<MimeMessage> found = to(address);
        assertThat(found).as(() -> found.stream().map(m -> {
            try {
                return m.getMessageID() + " " + m.getSubject() + " " + Arrays.toString(m.getAllRecipients());
            } catch (MessagingException e) {
                return e.toString();
            }
        }).toList().toString()).hasSize(1);
        return found.getFirst();
    }

    /** The notification mails to the address (the fixtures' invitation mails go to the same server). */
    private static List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                if (m.getSubject() == null || !m.getSubject().startsWith("Goalpost")) {
                    return false;
                }
                Address[] all = m.getAllRecipients();
                return all != null && Arrays.stream(all).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
