package app.goalpost.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.shared.InvalidInputException;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import app.goalpost.workspace.WorkspaceForm;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspaceService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Review cadence on fixed clocks and time zones, triggers, keep-the-plan, roles and isolation. */
@IntegrationTest
class ReviewServiceTest {

    @Autowired Fixtures fixtures;
    @Autowired ReviewService reviews;
    @Autowired WorkspaceService workspaces;
    @Autowired MutableClock clock;

    AgencyFixture f;
    AgencyFixture other;

    @BeforeEach
    void agencies() {
        clock.reset();
        f = fixtures.agency("review");
        other = fixtures.agency("reviewother");
    }

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    void setWorkspace(WorkspaceId id, String zone, int fiscalStart) {
        fixtures.signIn(f.owner());
        var details = workspaces.get(id);
        WorkspaceForm form = WorkspaceForm.of(details);
        form.setTimeZone(ZoneId.of(zone));
        form.setFiscalYearStartMonth(fiscalStart);
        workspaces.update(id, form, details.version());
    }

    @Test
    void defaultIsQuarterlyOnTheFiscalYearAndAKeptPlanMovesTheNextDate() {
        setWorkspace(f.ws1Id(), "Europe/Paris", 4);
        clock.set(Instant.parse("2026-06-19T10:00:00Z"));
        fixtures.signIn(f.manager());
        ReviewPage page = reviews.page(f.ws1Id());
        assertThat(page.policy()).isEqualTo(ReviewPolicySettings.defaults());
        assertThat(page.due().scheduled()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(page.due().daysUntilScheduled()).isEqualTo(12);

        // not reviewed through the quarter boundary: overdue since 1 July
        clock.set(Instant.parse("2026-07-03T10:00:00Z"));
        assertThat(reviews.due(f.ws1Id()).headline()).isEqualTo(ReviewDue.Headline.OVERDUE);
        assertThat(reviews.due(f.ws1Id()).scheduled()).isEqualTo(LocalDate.of(2026, 7, 1));

        reviews.keepPlan(f.ws1Id(), "  Costs stable, keep going  ");
        ReviewPage after = reviews.page(f.ws1Id());
        assertThat(after.due().scheduled()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(after.due().overdue()).isFalse();
        assertThat(after.history()).singleElement().satisfies(r -> {
            assertThat(r.date()).isEqualTo(LocalDate.of(2026, 7, 3));
            assertThat(r.notes()).contains("Costs stable, keep going");
            assertThat(r.recordedBy()).startsWith("Member manager-");
            assertThat(r.decision()).isEqualTo(ReviewDecision.KEEP_PLAN);
        });
    }

    @Test
    void theClientsDayDecidesFarFromUtc() {
        setWorkspace(f.ws1Id(), "Pacific/Kiritimati", 1);
        // 30 June 14:30 UTC is already 1 July (UTC+14) in the workspace: the quarter boundary has passed there
        clock.set(Instant.parse("2026-06-30T14:30:00Z"));
        fixtures.signIn(f.owner());
        reviews.keepPlan(f.ws1Id(), null);
        ReviewPage page = reviews.page(f.ws1Id());
        assertThat(page.history().getFirst().date()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(page.due().today()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(page.due().scheduled()).isEqualTo(LocalDate.of(2026, 10, 1));
        // the same instant in Paris is still 30 June: ws2's quarter ends tomorrow
        assertThat(reviews.due(f.ws2Id()).scheduled()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(reviews.due(f.ws2Id()).daysUntilScheduled()).isEqualTo(1);
    }

    @Test
    void triggersMakeTheReviewDueNowAndAKeptPlanClosesThem() {
        fixtures.signIn(f.contributor());
        long id = reviews.recordTrigger(f.ws2Id(), TriggerKind.AUDIENCE_CHANGED, "New segment: retailers");
        ReviewDue due = reviews.due(f.ws2Id());
        assertThat(due.headline()).isEqualTo(ReviewDue.Headline.DUE_NOW_TRIGGER);
        assertThat(due.due()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(due.triggers()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(id);
            assertThat(t.kind()).isEqualTo(TriggerKind.AUDIENCE_CHANGED);
            assertThat(t.reason()).contains("New segment: retailers");
            assertThat(t.raisedBy()).startsWith("Member contrib-");
        });
        assertThatThrownBy(() -> reviews.recordTrigger(f.ws2Id(), TriggerKind.OTHER, "   "))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("reason"));
        assertThat(reviews.due(f.ws2Id()).triggers()).hasSize(1);

        fixtures.signIn(f.manager());
        reviews.keepPlan(f.ws2Id(), "Audience checked");
        ReviewPage page = reviews.page(f.ws2Id());
        assertThat(page.due().triggers()).isEmpty();
        assertThat(page.due().dueNow()).isFalse();
        assertThat(page.history().getFirst().closedTriggers()).extracting(RecordedTrigger::id).containsExactly(id);
    }

    @Test
    void policyIsEditableByStaffWithValidationAndVersionCheck() {
        fixtures.signIn(f.manager());
        assertThatThrownBy(() -> reviews.updatePolicy(f.ws1Id(),
                new ReviewPolicySettings(ReviewCadenceKind.CUSTOM, 3), -1))
                .isInstanceOf(InvalidInputException.class);
        assertThat(reviews.page(f.ws1Id()).policyVersion()).isEqualTo(-1);
        reviews.updatePolicy(f.ws1Id(), new ReviewPolicySettings(ReviewCadenceKind.CUSTOM, 30), -1);
        ReviewPage page = reviews.page(f.ws1Id());
        assertThat(page.policy()).isEqualTo(new ReviewPolicySettings(ReviewCadenceKind.CUSTOM, 30));
        assertThat(page.due().scheduled()).isEqualTo(LocalDate.of(2026, 6, 19));
        assertThatThrownBy(() -> reviews.updatePolicy(f.ws1Id(), ReviewPolicySettings.defaults(), -1))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        reviews.updatePolicy(f.ws1Id(), new ReviewPolicySettings(ReviewCadenceKind.MONTHLY, 0),
                page.policyVersion());
        assertThat(reviews.due(f.ws1Id()).scheduled()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void viewersReadButCannotRecordAndClientsCannotReviewOrSetThePolicy() {
        fixtures.signIn(f.manager());
        reviews.recordTrigger(f.ws1Id(), TriggerKind.AD_COSTS_RISING, "CPC up 30% on search");
        fixtures.signIn(f.client());
        assertThat(reviews.page(f.ws1Id()).due().triggers()).hasSize(1);
        assertThatThrownBy(() -> reviews.recordTrigger(f.ws1Id(), TriggerKind.OTHER, "x"))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> reviews.keepPlan(f.ws1Id(), "x")).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(f.contributor());
        assertThatThrownBy(() -> reviews.keepPlan(f.ws2Id(), "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.updatePolicy(f.ws2Id(), ReviewPolicySettings.defaults(), -1))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(f.manager());
        assertThat(reviews.page(f.ws1Id()).history()).isEmpty();
    }

    @Test
    void nothingCrossesTheAgencyOrTheWorkspaceBoundary() {
        fixtures.signIn(f.manager());
        reviews.recordTrigger(f.ws1Id(), TriggerKind.BUSINESS_GOAL_CHANGED, "Focus on retention");
        reviews.keepPlan(f.ws1Id(), "A's review");
        reviews.recordTrigger(f.ws1Id(), TriggerKind.OTHER, "A's open trigger");

        // another agency: A's workspace id answers not-found on every path, its own workspace shows nothing of A's
        fixtures.signIn(other.owner());
        assertThatThrownBy(() -> reviews.page(f.ws1Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> reviews.due(f.ws1Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> reviews.recordTrigger(f.ws1Id(), TriggerKind.OTHER, "x"))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> reviews.keepPlan(f.ws1Id(), "x")).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> reviews.updatePolicy(f.ws1Id(), ReviewPolicySettings.defaults(), -1))
                .isInstanceOf(WorkspaceNotFoundException.class);
        ReviewPage own = reviews.page(other.ws1Id());
        assertThat(own.history()).isEmpty();
        assertThat(own.due().triggers()).isEmpty();
        // a review in B closes only B's triggers
        reviews.keepPlan(other.ws1Id(), "B's review");

        // the same agency, another workspace: the client of ws1 cannot open ws2; ws2 holds none of ws1's rows
        fixtures.signIn(f.client());
        assertThatThrownBy(() -> reviews.page(f.ws2Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThat(reviews.page(f.ws1Id()).due().triggers()).extracting(t -> t.reason().orElseThrow())
                .containsExactly("A's open trigger");
        assertThat(reviews.page(f.ws1Id()).history()).extracting(r -> r.notes().orElseThrow())
                .containsExactly("A's review");
        fixtures.signIn(f.owner());
        assertThat(reviews.page(f.ws2Id()).history()).isEmpty();
        assertThat(reviews.page(f.ws2Id()).due().triggers()).isEmpty();
    }
}
