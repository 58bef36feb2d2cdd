package app.goalpost.review;

import org.springframework.context.ApplicationEventPublisher;
import app.goalpost.workspace.WorkspaceChanged;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.review.internal.Review;
import app.goalpost.review.internal.ReviewRepository;
import app.goalpost.review.internal.ReviewTrigger;
import app.goalpost.review.internal.ReviewTriggerRepository;
import app.goalpost.review.internal.WorkspaceReviewPolicy;
import app.goalpost.review.internal.WorkspaceReviewPolicyRepository;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.security.Roles;
import app.goalpost.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspacePermission;
import app.goalpost.workspace.WorkspaceService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review policy, recorded triggers and reviews of a workspace. Everyone with access reads; staff and client
 * contributors (EDIT_PLAN) record triggers; agency staff (EDIT_BASELINE) set the policy and record reviews.
 * Every row is looked up within the workspace after the access check, so a foreign id is simply not found.
 */
@Service
public class ReviewService {

    static final int MAX_REASON = 500;
    static final int MAX_NOTES = 5000;
    /** A custom interval: a week at least (shorter is tracking, not reviewing), a year at most. */
    public static final int MIN_DAYS = 7;
    public static final int MAX_DAYS = 366;

    private final WorkspaceReviewPolicyRepository policies;
    private final ReviewRepository reviews;
    private final ReviewTriggerRepository triggers;
    private final WorkspaceService workspaces;
    private final WorkspaceAccess access;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    ReviewService(WorkspaceReviewPolicyRepository policies, ReviewRepository reviews,
            ReviewTriggerRepository triggers, WorkspaceService workspaces, WorkspaceAccess access, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.policies = policies;
        this.reviews = reviews;
        this.triggers = triggers;
        this.workspaces = workspaces;
        this.access = access;
        this.clock = clock;
    }

    /** The review page: policy, next due date, open triggers and the recent reviews with the triggers they closed. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public ReviewPage page(WorkspaceId workspaceId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        Optional<WorkspaceReviewPolicy> saved = policies.findByWorkspaceId(workspaceId.value());
        List<Review> recent = reviews.findTop50ByWorkspaceIdOrderByReviewDateDescIdDesc(workspaceId.value());
        Map<Long, List<RecordedTrigger>> closed = new HashMap<>();
        if (!recent.isEmpty()) {
            for (ReviewTrigger t : triggers.findByWorkspaceIdAndClosedByReviewIdInOrderByRaisedAtAscIdAsc(
                    workspaceId.value(), recent.stream().map(Review::getId).toList())) {
                closed.computeIfAbsent(t.getClosedByReviewId(), id -> new ArrayList<>()).add(recorded(t));
            }
        }
        List<PastReview> history = recent.stream().map(r -> new PastReview(r.getId(), r.getReviewDate(),
                r.getDecision(), r.getRecordedByName(), Optional.ofNullable(r.getNotes()),
                closed.getOrDefault(r.getId(), List.of()))).toList();
        ReviewPolicySettings settings = saved.map(WorkspaceReviewPolicy::settings)
                .orElseGet(ReviewPolicySettings::defaults);
        return new ReviewPage(settings, saved.map(WorkspaceReviewPolicy::getVersion).orElse(-1L),
                due(workspaceId.value(), saved, recent.stream().findFirst().map(Review::getReviewDate)), history);
    }

    /** When the next review is due (the dashboard's line). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public ReviewDue due(WorkspaceId workspaceId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return due(workspaceId.value(), policies.findByWorkspaceId(workspaceId.value()),
                reviews.findFirstByWorkspaceIdOrderByReviewDateDescIdDesc(workspaceId.value())
                        .map(Review::getReviewDate));
    }

    /**
     * The same answer as {@link #due(WorkspaceId)} for a background job of the workspace's agency (a tenant scope with
     * nobody signed in, {@link TenantContext#requireJobScope}): the webhooks' scheduled review-due check.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public ReviewDue dueInJob(WorkspaceId workspaceId) {
        TenantContext.requireJobScope();
        return due(workspaces.getInJob(workspaceId), policies.findByWorkspaceId(workspaceId.value()),
                reviews.findFirstByWorkspaceIdOrderByReviewDateDescIdDesc(workspaceId.value())
                        .map(Review::getReviewDate));
    }

    private ReviewDue due(long workspaceId, Optional<WorkspaceReviewPolicy> saved, Optional<LocalDate> lastReview) {
        return due(workspaces.get(new WorkspaceId(workspaceId)), saved, lastReview);
    }

    private ReviewDue due(WorkspaceDetails w, Optional<WorkspaceReviewPolicy> saved, Optional<LocalDate> lastReview) {
        long workspaceId = w.id();
        LocalDate today = today(w);
        // never reviewed: the calendar starts when the workspace was created, so a missed first review shows overdue
        LocalDate reference = lastReview.orElseGet(() -> LocalDate.ofInstant(w.createdAt(), w.timeZone()));
        List<RecordedTrigger> open = triggers
                .findByWorkspaceIdAndClosedByReviewIdIsNullOrderByRaisedAtAscIdAsc(workspaceId).stream()
                .map(ReviewService::recorded).toList();
        return ReviewSchedule.evaluate(saved.map(WorkspaceReviewPolicy::settings)
                .orElseGet(ReviewPolicySettings::defaults), w.fiscalYearStartMonth(), reference, today, open);
    }

    /**
     * Saves the policy; {@code expectedVersion} is the one the page loaded ({@code -1}: none was saved yet).
     * Fails with an optimistic-locking error if someone saved in between.
     */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void updatePolicy(WorkspaceId workspaceId, ReviewPolicySettings settings, long expectedVersion) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        if (settings.cadence() == ReviewCadenceKind.CUSTOM
                && (settings.intervalDays() < MIN_DAYS || settings.intervalDays() > MAX_DAYS)) {
            throw new InvalidInputException("intervalDays", "review.error.intervalDays", MIN_DAYS, MAX_DAYS);
        }
        Optional<WorkspaceReviewPolicy> saved = policies.findByWorkspaceId(workspaceId.value());
        if (saved.isPresent()) {
            saved.get().requireVersion(expectedVersion);
            saved.get().apply(settings, clock.instant());
        } else if (expectedVersion != -1) {
            throw new ObjectOptimisticLockingFailureException(WorkspaceReviewPolicy.class, workspaceId.value());
        } else {
            policies.save(new WorkspaceReviewPolicy(workspaceId.value(), settings, clock.instant()));
        }
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.REVIEW, 0));
    }

    /** Records a reason to review now, with who and when; the reason is required for {@link TriggerKind#OTHER}. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public long recordTrigger(WorkspaceId workspaceId, TriggerKind kind, @Nullable String reason) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_PLAN);
        String text = reason == null ? "" : reason.strip();
        if (kind == TriggerKind.OTHER && text.isEmpty()) {
            throw new InvalidInputException("reason", "review.error.reasonRequired");
        }
        if (text.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "review.error.tooLong", MAX_REASON, text.length());
        }
        GoalpostPrincipal user = CurrentUser.require();
        long id = triggers.save(new ReviewTrigger(workspaceId.value(), kind, text.isEmpty() ? null : text,
                user.userId(), user.displayName(), clock.instant())).getId();
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.REVIEW, id));
        events.publishEvent(new ReviewTriggerRaised(workspaceId, id, kind, user.userId()));
        return id;
    }

    /**
     * Records a "keep the plan" review held today (the client's day): it closes every open trigger and the next due
     * date moves to the next period of the policy.
     */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public long keepPlan(WorkspaceId workspaceId, @Nullable String notes) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        String text = notes == null ? "" : notes.strip();
        if (text.length() > MAX_NOTES) {
            throw new InvalidInputException("notes", "review.error.tooLong", MAX_NOTES, text.length());
        }
        GoalpostPrincipal user = CurrentUser.require();
        Review review = reviews.save(new Review(workspaceId.value(), today(workspaces.get(workspaceId)),
                ReviewDecision.KEEP_PLAN, text.isEmpty() ? null : text, user.userId(), user.displayName(),
                clock.instant()));
        triggers.findByWorkspaceIdAndClosedByReviewIdIsNullOrderByRaisedAtAscIdAsc(workspaceId.value())
                .forEach(t -> t.closeBy(review.getId()));
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.REVIEW, review.getId()));
        return review.getId();
    }

    /**
     * The triggers raised from {@code from} (inclusive) to {@code to} (exclusive), open or closed, oldest first and
     * at most 200: the reasons to review that a KPI's timeline and the client report show.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<RecordedTrigger> triggersRaised(WorkspaceId workspaceId, java.time.Instant from, java.time.Instant to) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return triggers.findTop200ByWorkspaceIdAndRaisedAtGreaterThanEqualAndRaisedAtLessThanOrderByRaisedAtAscIdAsc(
                workspaceId.value(), from, to).stream().map(ReviewService::recorded).toList();
    }

    /** The client's day, as PacingService.today: the workspace's time zone, not the server's. */
    private LocalDate today(WorkspaceDetails w) {
        return LocalDate.now(clock.withZone(w.timeZone()));
    }

    static RecordedTrigger recorded(ReviewTrigger t) {
        return new RecordedTrigger(t.getId(), t.getKind(), Optional.ofNullable(t.getReason()), t.getRaisedByName(),
                t.getRaisedAt(), detection(t));
    }

    private static Optional<Detection> detection(ReviewTrigger t) {
        if (!t.getKind().detected() || t.getSubjectKpiId() == null || t.getConditionSince() == null
                || t.getDetectedOn() == null) {
            return Optional.empty();
        }
        return Optional.of(new Detection(t.getSubjectKpiId(), Objects.requireNonNullElse(t.getSubjectName(), ""),
                Optional.ofNullable(t.getSpendName()), Optional.ofNullable(t.getPlannedValue()),
                Optional.ofNullable(t.getActualValue()), Objects.requireNonNullElse(t.getThresholdPercent(), 0),
                Objects.requireNonNullElse(t.getStreakDays(), 0), t.getConditionSince(), t.getDetectedOn()));
    }
}
