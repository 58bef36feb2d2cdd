package app.goalpost.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.report.internal.ReportDeliveryRepository;
import app.goalpost.report.internal.ReportScheduleRepository;
import app.goalpost.shared.mail.MailOut;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Scheduled delivery against a real SMTP server in the test (GreenMail): the PDF arrives attached, each agency's
 * recipients get their own workspace's report only, and a second run in the same period sends nothing.
 */
@IntegrationTest
class ReportDeliveryJobTest {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @Autowired Fixtures fixtures;
    @Autowired KpiService kpis;
    @Autowired ReportScheduleService schedules;
    @Autowired ReportScheduleRepository scheduleRows;
    @Autowired ReportDeliveryRepository deliveries;
    @Autowired ReportService reports;
    @Autowired UserDetailsService users;
    @Autowired ReportDeliveryJob springJob;
    @Autowired LockProvider locks;
    @Autowired MutableClock clock;
    @Autowired app.goalpost.workspace.WorkspaceService workspaceService;
    @Autowired app.goalpost.workspace.WorkspaceMembershipService memberships;

    AgencyFixture f;
    AgencyFixture other;
    ReportDeliveryJob job;
    String ours;
    String theirs;
    String suffix;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-12-10T10:00:00Z"));
        suffix = UUID.randomUUID().toString().substring(0, 8);
        f = fixtures.agency("delivery");
        other = fixtures.agency("deliveryother");
        ours = "ceo-" + suffix + "@client.example";
        theirs = "boss-" + suffix + "@elsewhere.example";

        fixtures.signIn(f.owner());
        kpis.create(f.ws1Id(), KpiInput.count("Signed deals", 40, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)));
        kpis.create(f.ws2Id(), KpiInput.count("Unrelated KPI", 40, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)));
        fixtures.signIn(f.manager());
        schedules.save(f.ws1Id(), new ScheduleSettings(ReportPeriod.Kind.MONTH, "fr", true, List.of(ours),
                Optional.empty(), -1), -1);
        fixtures.signIn(other.owner());
        kpis.create(other.ws1Id(), KpiInput.count("Their KPI", 10, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)));
        schedules.save(other.ws1Id(), new ScheduleSettings(ReportPeriod.Kind.WEEK, "en", true, List.of(theirs),
                Optional.empty(), -1), -1);
        Fixtures.signOut();

        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP_PORT);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        MailOut mail = new MailOut(beans.getBeanProvider(JavaMailSender.class), "reports@goalpost.test");
        job = new ReportDeliveryJob(scheduleRows, deliveries, reports, users, mail, clock, workspaceService);
    }

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    @Test
    void eachRecipientGetsTheirWorkspacesPdfOnceAPeriod() throws Exception {
        int before = smtp.getReceivedMessages().length;
        assertThat(job.deliverDue()).isGreaterThanOrEqualTo(2);

        MimeMessage mine = only(ours);
        assertThat(mine.getSubject()).startsWith("Rapport d’avancement · delivery Alpha").endsWith(" · Novembre 2026");
        Part pdf = attachment(mine);
        assertThat(pdf.getFileName()).matches("report-delivery-alpha-[a-z0-9]+-2026-11\\.pdf");
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.getInputStream().readAllBytes())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Signed deals", "Novembre 2026").doesNotContain("Unrelated KPI", "Their KPI");
        }
        MimeMessage foreign = only(theirs);
        assertThat(foreign.getSubject()).endsWith(" · Week 49, 2026");
        try (PDDocument doc = Loader.loadPDF(attachment(foreign).getInputStream().readAllBytes())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Their KPI").doesNotContain("Signed deals");
        }

        // a second run in the same period (or on the other node after the lock) sends nothing more
        int afterFirst = smtp.getReceivedMessages().length;
        assertThat(afterFirst - before).isGreaterThanOrEqualTo(2);
        job.deliverDue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, ours) || to(m, theirs))).hasSize(2);

        // the next month, the next report
        clock.set(Instant.parse("2027-01-02T10:00:00Z"));
        job.deliverDue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, ours))).hasSize(2);
    }

    @Test
    void aScheduleWhoseStaffMemberLostTheWorkspaceSendsNothing() {
        long managerId = fixtures.signIn(f.manager()).userId();
        String lonely = "nobody-" + suffix + "@client.example";
        schedules.save(f.ws2Id(), new ScheduleSettings(ReportPeriod.Kind.MONTH, "en", true, List.of(lonely),
                Optional.empty(), -1), -1);
        // the owner takes ws2 away from the manager who set the delivery up
        fixtures.signIn(f.owner());
        memberships.assignManager(managerId, List.of(f.ws1()));
        Fixtures.signOut();
        job.deliverDue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, lonely))).isEmpty();
        // ws1, still theirs, went out and the schedule form shows it
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, ours))).hasSize(1);
        fixtures.signIn(f.manager());
        assertThat(schedules.schedule(f.ws1Id()).lastSent()).hasValue("2026-11");
    }

    /** An archived client's schedule stays but sends nothing; unarchived, it resumes. */
    @Test
    void anArchivedWorkspacesScheduleSendsNothing() {
        fixtures.signIn(f.owner());
        workspaceService.setArchived(f.ws1Id(), true);
        Fixtures.signOut();
        job.deliverDue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, ours))).isEmpty();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, theirs))).hasSize(1);

        fixtures.signIn(f.owner());
        workspaceService.setArchived(f.ws1Id(), false);
        Fixtures.signOut();
        job.deliverDue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, ours))).hasSize(1);
    }

    @Test
    void theJobRunsOnOneNodeAtATimeAndNeedsSmtp() {
        // without SMTP (the application's own bean in the tests) nothing is attempted
        assertThat(springJob.deliverDue()).isZero();
        springJob.scheduledRun();
        String name = "report-delivery-test-" + suffix;
        LockConfiguration config = new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5), Duration.ZERO);
        Optional<SimpleLock> first = locks.lock(config);
        assertThat(first).isPresent();
        // the second node asks for the same job's lock while the first holds it
        assertThat(locks.lock(config)).isEmpty();
        first.get().unlock();
        Optional<SimpleLock> again = locks.lock(config);
        assertThat(again).isPresent();
        again.get().unlock();
    }

    private MimeMessage only(String address) {
        List<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, address)).toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private static boolean to(MimeMessage m, String address) {
        try {
            Address[] all = m.getAllRecipients();
            return all != null && Arrays.stream(all).anyMatch(a -> a.toString().equals(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Part attachment(MimeMessage m) throws Exception {
        MimeMultipart parts = (MimeMultipart) m.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part p = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                return p;
            }
        }
        throw new AssertionError("no attachment");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
