package app.goalpost.review;

import app.goalpost.review.internal.Review;
import app.goalpost.review.internal.ReviewParticipant;
import app.goalpost.review.internal.ReviewParticipantRepository;
import app.goalpost.review.internal.ReviewPlanTarget;
import app.goalpost.review.internal.ReviewPlanTargetRepository;
import app.goalpost.review.internal.ReviewRepository;
import app.goalpost.review.internal.ReviewTrigger;
import app.goalpost.review.internal.ReviewTriggerRepository;
import app.goalpost.security.Roles;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspacePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Past reviews of a workspace, paged newest first, and each one in full. Everyone who may see the workspace reads
 * them (clients see the outcome of their reviews); a review id of another workspace or agency answers not-found.
 */
@Service
public class ReviewHistoryService {

    /** The most rows one call returns (a lazy grid asks page by page). */
    public static final int MAX_PAGE = 100;

    private final ReviewRepository reviews;
    private final ReviewTriggerRepository triggers;
    private final ReviewParticipantRepository participants;
    private final ReviewPlanTargetRepository planTargets;
    private final WorkspaceAccess access;

    ReviewHistoryService(ReviewRepository reviews, ReviewTriggerRepository triggers,
            ReviewParticipantRepository participants, ReviewPlanTargetRepository planTargets,
            WorkspaceAccess access) {
        this.reviews = reviews;
        this.triggers = triggers;
        this.participants = participants;
        this.planTargets = planTargets;
        this.access = access;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public long count(WorkspaceId workspaceId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return reviews.countByWorkspaceId(workspaceId.value());
    }

    /**
     * Reviews {@code offset} to {@code offset + limit - 1}, newest first, with the triggers each closed: two queries
     * per call (the rows, then their triggers), whatever the page.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PastReview> page(WorkspaceId workspaceId, int offset, int limit) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        if (offset < 0 || limit < 1) {
            return List.of();
        }
        int size = Math.min(limit, MAX_PAGE);
        // Spring pages are aligned to their size: read the one or two pages that cover [offset, offset + size)
        int first = offset / size;
        List<Review> rows = new ArrayList<>(reviews.findByWorkspaceIdOrderByReviewDateDescIdDesc(
                workspaceId.value(), PageRequest.of(first, size)));
        if (offset % size != 0) {
            rows.addAll(reviews.findByWorkspaceIdOrderByReviewDateDescIdDesc(workspaceId.value(),
                    PageRequest.of(first + 1, size)));
        }
        int skip = offset % size;
        List<Review> wanted = rows.subList(Math.min(skip, rows.size()), Math.min(skip + size, rows.size()));
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RecordedTrigger>> closed = new HashMap<>();
        for (ReviewTrigger t : triggers.findByWorkspaceIdAndClosedByReviewIdInOrderByRaisedAtAscIdAsc(
                workspaceId.value(), wanted.stream().map(Review::getId).toList())) {
            closed.computeIfAbsent(t.getClosedByReviewId(), id -> new ArrayList<>()).add(ReviewRecorder.recorded(t));
        }
        return wanted.stream().map(r -> new PastReview(r.getId(), r.getReviewDate(), r.getDecision(),
                r.getRecordedByName(), Optional.ofNullable(r.getNotes()), closed.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    /** One review in full; looked up inside the workspace, so a foreign id is not found. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public ReviewRecord record(WorkspaceId workspaceId, long reviewId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        Review r = reviews.findByIdAndWorkspaceId(reviewId, workspaceId.value())
                .orElseThrow(WorkspaceNotFoundException::new);
        List<RecordedTrigger> closed = triggers.findByWorkspaceIdAndClosedByReviewIdInOrderByRaisedAtAscIdAsc(
                workspaceId.value(), List.of(r.getId())).stream().map(ReviewRecorder::recorded).toList();
        List<String> people = participants.findByReviewIdOrderByUserNameAscIdAsc(r.getId()).stream()
                .map(ReviewParticipant::getUserName).toList();
        List<ReviewPlanTarget> numbers = planTargets.findByReviewIdOrderBySideAscSortOrderAsc(r.getId());
        return new ReviewRecord(r.getId(), r.getReviewDate(), r.getDecision(), r.getRecordedByName(),
                r.getRecordedAt(), Optional.ofNullable(r.getNotes()), people, closed,
                r.before().map(b -> b.withTargets(side(numbers, ReviewPlanTarget.Side.BEFORE))),
                r.after().map(a -> a.withTargets(side(numbers, ReviewPlanTarget.Side.AFTER))),
                r.getAfterBaselineId(), r.getSessionId());
    }

    private static List<PlanSnapshot.StageNumber> side(List<ReviewPlanTarget> all, ReviewPlanTarget.Side side) {
        return all.stream().filter(t -> t.getSide() == side)
                .map(t -> new PlanSnapshot.StageNumber(t.getStageName(), t.getWholeUnits())).toList();
    }
}
