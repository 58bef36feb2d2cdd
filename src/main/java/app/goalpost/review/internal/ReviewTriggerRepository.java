package app.goalpost.review.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewTriggerRepository extends JpaRepository<ReviewTrigger, Long> {

    List<ReviewTrigger> findByWorkspaceIdAndClosedByReviewIdIsNullOrderByRaisedAtAscIdAsc(long workspaceId);

    List<ReviewTrigger> findByWorkspaceIdAndClosedByReviewIdInOrderByRaisedAtAscIdAsc(long workspaceId,
            Collection<Long> reviewIds);

    /** Triggers raised in a window, oldest first, bounded (a KPI timeline, a report period). */
    List<ReviewTrigger> findTop200ByWorkspaceIdAndRaisedAtGreaterThanEqualAndRaisedAtLessThanOrderByRaisedAtAscIdAsc(
            long workspaceId, Instant from, Instant to);
}
