package app.goalpost.notify;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.review.ReviewService;
import app.goalpost.review.TriggerKind;
import app.goalpost.review.comment.CommentService;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import app.goalpost.workspace.DiscussionSubject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In-app notifications end to end through the real events: who gets a mention, a trigger, a KPI turned behind and
 * a review that became due, and who never does (another agency, a client of another workspace, a client for an
 * internal comment), through every read path (count, list). On H2 and MariaDB (persistence tag).
 */
@IntegrationTest
class NotificationServiceTest {

    @Autowired Fixtures fixtures;
    @Autowired NotificationService notifications;
    @Autowired CommentService comments;
    @Autowired ReviewService reviews;
    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired ReviewDueCheck reviewDue;
    @Autowired MutableClock clock;

    AgencyFixture f;
    AgencyFixture other;
    long kpi1;
    long owner;
    long admin;
    long manager;
    long client;
    long contributor;

    @BeforeEach
    void setUp() {
        clock.reset();
        f = fixtures.agency("notify");
        other = fixtures.agency("notifyother");
        owner = fixtures.signIn(f.owner()).userId();
        kpi1 = kpis.create(f.ws1Id(), KpiInput.count("Leads", 100, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)));
        admin = fixtures.signIn(f.admin()).userId();
        manager = fixtures.signIn(f.manager()).userId();
        client = fixtures.signIn(f.client()).userId();
        contributor = fixtures.signIn(f.contributor()).userId();
        Fixtures.signOut();
    }

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    private long unread(String email) {
        fixtures.signIn(email);
        return notifications.unreadCount();
    }

    private List<NotificationItem> list(String email) {
        fixtures.signIn(email);
        return notifications.page(0, 50);
    }

    @Test
    void aMentionReachesOnlyThePersonMentionedAndAnInternalOneOnlyStaff() {
        fixtures.signIn(f.manager());
        comments.post(f.ws1Id(), DiscussionSubject.KPI, kpi1, "Nora, can you check?", false, List.of(client));
        assertThat(list(f.client())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MENTIONED);
            assertThat(n.title()).isEqualTo("Member " + f.manager() + " mentioned you on the KPI “Leads” in "
                    + "notify Alpha " + f.owner().substring(6, 14));
            assertThat(n.link()).isEqualTo("w/" + f.ws1() + "/kpis/" + kpi1);
            assertThat(n.read()).isFalse();
        });
        assertThat(unread(f.client())).isEqualTo(1);
        assertThat(unread(f.owner())).isZero();
        assertThat(unread(f.manager())).isZero();

        fixtures.signIn(f.manager());
        comments.post(f.ws1Id(), DiscussionSubject.KPI, kpi1, "Internal: owner, margin?", true, List.of(owner));
        assertThat(list(f.owner())).extracting(NotificationItem::kind).containsExactly(NotificationKind.MENTIONED);
        assertThat(unread(f.client())).isEqualTo(1); // nothing of the internal comment
        fixtures.signIn(other.owner());
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.page(0, 50)).isEmpty();
    }

    @Test
    void aTriggerReachesEveryoneWhoSeesTheWorkspaceButTheRecorder() {
        fixtures.signIn(f.contributor());
        reviews.recordTrigger(f.ws2Id(), TriggerKind.AUDIENCE_CHANGED, "Retail segment");
        for (String staff : List.of(f.owner(), f.admin(), f.manager())) {
            assertThat(list(staff)).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.TRIGGER_RAISED);
                assertThat(n.title()).startsWith("Review trigger in notify Beta").endsWith(": audience changed");
                assertThat(n.link()).isEqualTo("w/" + f.ws2() + "/reviews");
            });
        }
        assertThat(unread(f.contributor())).isZero(); // who recorded it
        assertThat(unread(f.client())).isZero(); // the client of ws1
        assertThat(list(f.client())).isEmpty();
        assertThat(unread(other.owner())).isZero();
        assertThat(unread(other.manager())).isZero();
    }

    @Test
    void aKpiTurningBehindNotifiesTheWorkspaceOnceFromTheWebhookDetection() {
        fixtures.signIn(f.manager());
        KpiId kpi = new KpiId(kpi1);
        // 80 of 100 with 20 of 31 days gone: ahead; then corrected to 10: behind
        actuals.save(f.ws1Id(), kpi, Granularity.DAY, Map.of(LocalDate.of(2026, 5, 1), Optional.of(new BigDecimal("80"))));
        assertThat(unread(f.owner())).isZero();
        fixtures.signIn(f.manager());
        actuals.save(f.ws1Id(), kpi, Granularity.DAY, Map.of(LocalDate.of(2026, 5, 1), Optional.of(new BigDecimal("10"))));
        for (String who : List.of(f.owner(), f.manager(), f.client())) {
            // the same save also raises the data-detected "KPI behind" review trigger (its own notification kind)
            assertThat(list(who)).filteredOn(n -> n.kind() != NotificationKind.TRIGGER_RAISED).singleElement()
                    .satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.KPI_BEHIND);
                assertThat(n.title()).startsWith("Leads is behind plan in notify Alpha");
            });
        }
        // still behind after another save: no second notification
        fixtures.signIn(f.manager());
        actuals.save(f.ws1Id(), kpi, Granularity.DAY, Map.of(LocalDate.of(2026, 5, 2), Optional.of(new BigDecimal("1"))));
        assertThat(list(f.owner())).filteredOn(n -> n.kind() == NotificationKind.KPI_BEHIND).hasSize(1);
        assertThat(unread(f.contributor())).isZero();
        assertThat(unread(other.owner())).isZero();
    }

    @Test
    void aReviewThatBecameDueIsNotifiedOncePerWorkspaceAndDate() {
        // created in May, quarterly on a January fiscal year: due 1 July; on 3 July it is overdue
        clock.set(Instant.parse("2026-07-03T09:00:00Z"));
        assertThat(reviewDue.checkAll()).isGreaterThanOrEqualTo(3);
        assertThat(reviewDue.checkAll()).isZero();
        List<NotificationItem> mine = list(f.client());
        assertThat(mine).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REVIEW_DUE);
            assertThat(n.title()).startsWith("The goal review of notify Alpha").contains("overdue since July 1, 2026");
        });
        assertThat(list(f.manager())).extracting(NotificationItem::link)
                .containsExactlyInAnyOrder("w/" + f.ws1() + "/reviews", "w/" + f.ws2() + "/reviews");
        assertThat(list(f.owner())).hasSize(3);
        assertThat(list(other.client())).singleElement()
                .satisfies(n -> assertThat(n.link()).isEqualTo("w/" + other.ws1() + "/reviews"));
    }

    @Test
    void readMarksChangeOnlyTheUsersOwnNotifications() {
        fixtures.signIn(f.contributor());
        reviews.recordTrigger(f.ws2Id(), TriggerKind.OTHER, "Price rise");
        reviews.recordTrigger(f.ws2Id(), TriggerKind.BUSINESS_GOAL_CHANGED, null);
        long ownersFirst = list(f.owner()).getFirst().id();
        // the manager tries the owner's id: nothing changes
        fixtures.signIn(f.manager());
        notifications.markRead(ownersFirst);
        assertThat(unread(f.owner())).isEqualTo(2);
        fixtures.signIn(f.owner());
        notifications.markRead(ownersFirst);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.page(0, 1)).singleElement().satisfies(n -> assertThat(n.read()).isTrue());
        assertThat(notifications.page(1, 1)).singleElement().satisfies(n -> assertThat(n.read()).isFalse());
        assertThat(notifications.markAllRead()).isEqualTo(1);
        assertThat(notifications.unreadCount()).isZero();
        assertThat(unread(f.manager())).isEqualTo(2);
        fixtures.signIn(other.owner());
        notifications.markRead(ownersFirst);
        assertThat(notifications.markAllRead()).isZero();
    }
}
