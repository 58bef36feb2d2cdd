package app.goalpost.review;

import app.goalpost.review.internal.Review;
import app.goalpost.review.internal.ReviewParticipant;
import app.goalpost.review.internal.ReviewParticipantRepository;
import app.goalpost.review.internal.ReviewPlanTarget;
import app.goalpost.review.internal.ReviewPlanTargetRepository;
import app.goalpost.review.internal.ReviewRepository;
import app.goalpost.review.internal.ReviewTrigger;
import app.goalpost.review.internal.ReviewTriggerRepository;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.WorkspaceChanged;
import app.goalpost.workspace.WorkspaceId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a review record with everything it keeps. Package-private: only {@link ReplanService} calls it, inside its
 * transaction and after its access checks (it must never run on its own: {@link Propagation#MANDATORY}).
 */
@Component
class ReviewRecorder {

    /** Validated input of an outcome: participants who may see the workspace, notes, the running session. */
    record Checked(List<ReplanPage.Person> participants, @Nullable String notes, Optional<Long> sessionId) {
    }

    private final ReviewRepository reviews;
    private final ReviewTriggerRepository triggers;
    private final ReviewParticipantRepository participants;
    private final ReviewPlanTargetRepository planTargets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewRecorder(ReviewRepository reviews, ReviewTriggerRepository triggers,
            ReviewParticipantRepository participants, ReviewPlanTargetRepository planTargets,
            ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.triggers = triggers;
        this.participants = participants;
        this.planTargets = planTargets;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    List<RecordedTrigger> openTriggers(WorkspaceId workspaceId) {
        return triggers.findByWorkspaceIdAndClosedByReviewIdIsNullOrderByRaisedAtAscIdAsc(workspaceId.value())
                .stream().map(ReviewRecorder::recorded).toList();
    }

    /** Saves the review, its participants and plan targets, and closes every open trigger with it. */
    @Transactional(propagation = Propagation.MANDATORY)
    long record(WorkspaceId workspaceId, LocalDate day, ReviewDecision decision, Checked checked,
            Optional<PlanSnapshot> before, Optional<PlanSnapshot> after, Optional<Long> createdBaselineId) {
        GoalpostPrincipal user = CurrentUser.require();
        Review review = new Review(workspaceId.value(), day, decision, checked.notes(), user.userId(),
                user.displayName(), clock.instant());
        review.record(checked.sessionId().orElse(null), before.orElse(null), after.orElse(null),
                createdBaselineId.orElse(null));
        long id = reviews.save(review).getId();
        for (ReplanPage.Person p : checked.participants()) {
            participants.save(new ReviewParticipant(id, p.userId(), p.name()));
        }
        before.ifPresent(b -> saveTargets(id, ReviewPlanTarget.Side.BEFORE, b));
        after.ifPresent(a -> saveTargets(id, ReviewPlanTarget.Side.AFTER, a));
        triggers.findByWorkspaceIdAndClosedByReviewIdIsNullOrderByRaisedAtAscIdAsc(workspaceId.value())
                .forEach(t -> t.closeBy(id));
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.REVIEW, id));
        return id;
    }

    private void saveTargets(long reviewId, ReviewPlanTarget.Side side, PlanSnapshot plan) {
        for (int i = 0; i < plan.targets().size(); i++) {
            PlanSnapshot.StageNumber n = plan.targets().get(i);
            planTargets.save(new ReviewPlanTarget(reviewId, side, i, n.stage(), n.wholeUnits()));
        }
    }

    static RecordedTrigger recorded(ReviewTrigger t) {
        return new RecordedTrigger(t.getId(), t.getKind(), Optional.ofNullable(t.getReason()), t.getRaisedByName(),
                t.getRaisedAt());
    }
}
