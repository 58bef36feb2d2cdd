package app.goalpost.review.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.review.ReviewService;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.workspace.DiscussionSubject;
import app.goalpost.workspace.WorkspaceNotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Comment threads: internal comments never reach a client (list, count, edit), mentions are limited to the
 * workspace's people (staff only when internal), and neither another agency nor a client of another workspace
 * reads or writes a thread. On H2 and MariaDB (persistence tag).
 */
@IntegrationTest
class CommentServiceTest {

    @Autowired Fixtures fixtures;
    @Autowired CommentService comments;
    @Autowired KpiService kpis;
    @Autowired ReviewService reviews;

    AgencyFixture f;
    AgencyFixture other;
    long kpi1;
    long kpi2;
    long theirKpi;
    long owner;
    long manager;
    long client;
    long contributor;

    @BeforeEach
    void setUp() {
        f = fixtures.agency("comments");
        other = fixtures.agency("commentsother");
        owner = fixtures.signIn(f.owner()).userId();
        kpi1 = kpis.create(f.ws1Id(), KpiInput.count("Signed deals", 40, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 30)));
        kpi2 = kpis.create(f.ws2Id(), KpiInput.count("Demos", 10, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 30)));
        manager = fixtures.signIn(f.manager()).userId();
        client = fixtures.signIn(f.client()).userId();
        contributor = fixtures.signIn(f.contributor()).userId();
        fixtures.signIn(other.owner());
        theirKpi = kpis.create(other.ws1Id(), KpiInput.count("Theirs", 5, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 30)));
        Fixtures.signOut();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void aClientNeverReadsInternalCommentsNorLearnsTheyExist() {
        fixtures.signIn(f.manager());
        comments.post(f.ws1Id(), DiscussionSubject.KPI, kpi1, "Margin is thin, keep it between us", true, List.of());
        long open = comments.post(f.ws1Id(), DiscussionSubject.KPI, kpi1, "Great month so far", false, List.of());
        assertThat(comments.thread(f.ws1Id(), DiscussionSubject.KPI, kpi1).comments()).hasSize(2);
        assertThat(comments.count(f.ws1Id(), DiscussionSubject.KPI, kpi1)).isEqualTo(2);

        fixtures.signIn(f.client());
        CommentThread seen = comments.thread(f.ws1Id(), DiscussionSubject.KPI, kpi1);
        assertThat(seen.comments()).extracting(CommentEntry::id).containsExactly(open);
        assertThat(seen.total()).isEqualTo(1);
        assertThat(seen.canMarkInternal()).isFalse();
        assertThat(comments.count(f.ws1Id(), DiscussionSubject.KPI, kpi1)).isEqualTo(1);
        // nor may they write one
        assertThatThrownBy(() -> comments.post(f.ws1Id(), DiscussionSubject.KPI, kpi1, "psst", true, List.of()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("internal"));
        long mine = comments.post(f.ws1Id(), DiscussionSubject.KPI, kpi1, "Thanks!", false, List.of(manager));
        assertThat(comments.thread(f.ws1Id(), DiscussionSubject.KPI, kpi1).comments())
                .extracting(CommentEntry::body).containsExactly("Great month so far", "Thanks!");
        assertThat(comments.thread(f.ws1Id(), DiscussionSubject.KPI, kpi1).comments().getLast().mentioned())
                .containsExactly("Member " + f.manager());
        assertThat(mine).isPositive();
    }

    @Test
    void mentionsAreLimitedToPeopleWhoMaySeeTheWorkspaceAndToStaffWhenInternal() {
        fixtures.signIn(f.manager());
        List<Mentionable> all = comments.mentionable(f.ws1Id(), false);
        assertThat(all).extracting(Mentionable::userId).contains(owner, client).doesNotContain(manager, contributor);
        assertThat(comments.mentionable(f.ws1Id(), true)).extracting(Mentionable::userId).contains(owner)
                .doesNotContain(client);
        // the contributor works in ws2, not ws1
        assertThatThrownBy(() -> comments.post(f.ws1Id(), DiscussionSubject.KPI, kpi1, "Hi", false,
                List.of(contributor))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("mentions"));
        assertThatThrownBy(() -> comments.post(f.ws1Id(), DiscussionSubject.KPI, kpi1, "Hi", true,
                List.of(client))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey())
                        .isEqualTo("comment.error.mentionInternal"));
        assertThat(comments.thread(f.ws1Id(), DiscussionSubject.KPI, kpi1).total()).isZero();

        // a client may mention anyone who sees the workspace, staff included
        fixtures.signIn(f.client());
        assertThat(comments.mentionable(f.ws1Id(), false)).extracting(Mentionable::userId).contains(owner, manager);
        comments.post(f.ws1Id(), DiscussionSubject.KPI, kpi1, "@Owner look", false, List.of(owner));
    }

    @Test
    void anotherAgencyOrAnotherWorkspacesClientCannotReachAThread() {
        fixtures.signIn(f.manager());
        comments.post(f.ws1Id(), DiscussionSubject.KPI, kpi1, "Ours", false, List.of());
        // a KPI of ws2 is not a subject of ws1
        assertThatThrownBy(() -> comments.thread(f.ws1Id(), DiscussionSubject.KPI, kpi2))
                .isInstanceOf(WorkspaceNotFoundException.class);

        fixtures.signIn(other.owner());
        assertThatThrownBy(() -> comments.thread(f.ws1Id(), DiscussionSubject.KPI, kpi1))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> comments.post(f.ws1Id(), DiscussionSubject.KPI, kpi1, "x", false, List.of()))
                .isInstanceOf(WorkspaceNotFoundException.class);
        // their own workspace, our KPI's id: not found either
        assertThatThrownBy(() -> comments.thread(other.ws1Id(), DiscussionSubject.KPI, kpi1))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThat(comments.thread(other.ws1Id(), DiscussionSubject.KPI, theirKpi).total()).isZero();
        assertThat(comments.mentionable(other.ws1Id(), false)).extracting(Mentionable::userId)
                .doesNotContain(owner, manager, client);

        // the client of ws1 does not see ws2
        fixtures.signIn(f.client());
        assertThatThrownBy(() -> comments.thread(f.ws2Id(), DiscussionSubject.KPI, kpi2))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> comments.count(f.ws2Id(), DiscussionSubject.KPI, kpi2))
                .isInstanceOf(WorkspaceNotFoundException.class);
    }

    @Test
    void onlyTheAuthorEditsOrDeletesAndPastedTextIsKeptAsText() {
        fixtures.signIn(f.manager());
        long id = comments.post(f.ws1Id(), DiscussionSubject.KPI, kpi1,
                "  <script>alert(1)</script>\r\nLine two\u0000\u0007 \u00e9t\u00e9 \ud83d\ude80  ", false, List.of());
        CommentEntry saved = comments.thread(f.ws1Id(), DiscussionSubject.KPI, kpi1).comments().getFirst();
        assertThat(saved.body()).isEqualTo("<script>alert(1)</script>\nLine two \u00e9t\u00e9 \ud83d\ude80");
        assertThat(saved.mine()).isTrue();
        assertThatThrownBy(() -> comments.post(f.ws1Id(), DiscussionSubject.KPI, kpi1, " \n\t ", false, List.of()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("body"));
        assertThatThrownBy(() -> comments.post(f.ws1Id(), DiscussionSubject.KPI, kpi1,
                "x".repeat(CommentService.MAX_LENGTH + 1), false, List.of()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("comment.error.tooLong"));

        fixtures.signIn(f.owner());
        assertThat(comments.thread(f.ws1Id(), DiscussionSubject.KPI, kpi1).comments().getFirst().mine()).isFalse();
        assertThatThrownBy(() -> comments.edit(f.ws1Id(), id, "rewritten")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> comments.delete(f.ws1Id(), id)).isInstanceOf(InvalidInputException.class);

        fixtures.signIn(f.manager());
        comments.edit(f.ws1Id(), id, "Fixed typo");
        CommentEntry edited = comments.thread(f.ws1Id(), DiscussionSubject.KPI, kpi1).comments().getFirst();
        assertThat(edited.body()).isEqualTo("Fixed typo");
        assertThat(edited.editedAt()).isPresent();
        comments.delete(f.ws1Id(), id);
        assertThat(comments.count(f.ws1Id(), DiscussionSubject.KPI, kpi1)).isZero();
    }

    @Test
    void aReviewThreadBelongsToItsWorkspace() {
        fixtures.signIn(f.manager());
        long review = reviews.keepPlan(f.ws1Id(), "Steady");
        comments.post(f.ws1Id(), DiscussionSubject.REVIEW, review, "Agreed to keep it", false, List.of(client));
        fixtures.signIn(f.client());
        assertThat(comments.thread(f.ws1Id(), DiscussionSubject.REVIEW, review).comments()).hasSize(1);
        fixtures.signIn(f.owner());
        assertThatThrownBy(() -> comments.thread(f.ws2Id(), DiscussionSubject.REVIEW, review))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> comments.thread(f.ws1Id(), DiscussionSubject.SCENARIO, 987654321L))
                .isInstanceOf(WorkspaceNotFoundException.class);
    }
}
