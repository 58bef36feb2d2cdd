package app.goalpost.review.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewTriggerRepository extends JpaRepository<ReviewTrigger, Long> {

    List<ReviewTrigger> findByWorkspaceIdAndClosedByReviewIdIsNullOrderByRaisedAtAscIdAsc(long workspaceId);

    List<ReviewTrigger> findByWorkspaceIdAndClosedByReviewIdInOrderByRaisedAtAscIdAsc(long workspaceId,
            Collection<Long> reviewIds);

    /** The open keys of a workspace's open detected triggers. */
    @Query("select t.openKey from ReviewTrigger t where t.workspaceId = :workspaceId and t.openKey is not null")
    List<String> openKeys(long workspaceId);

    /** Per detected rule and subject, the day of the last review that closed one of its triggers. */
    @Query("""
            select new app.goalpost.review.internal.LastClosed(t.kind, t.subjectKey, max(r.reviewDate))
            from ReviewTrigger t, Review r
            where t.workspaceId = :workspaceId and t.subjectKey is not null and r.id = t.closedByReviewId
            group by t.kind, t.subjectKey
            """)
    List<LastClosed> lastClosed(long workspaceId);

    /** Triggers raised in a window, oldest first, bounded (a KPI timeline, a report period). */
    List<ReviewTrigger> findTop200ByWorkspaceIdAndRaisedAtGreaterThanEqualAndRaisedAtLessThanOrderByRaisedAtAscIdAsc(
            long workspaceId, Instant from, Instant to);
}
