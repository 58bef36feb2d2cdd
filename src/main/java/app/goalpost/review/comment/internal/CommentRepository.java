package app.goalpost.review.comment.internal;

import app.goalpost.workspace.DiscussionSubject;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Scoped to the current agency by the tenant filter. Every thread query takes {@code staff}: false leaves internal
 * comments out in the database, so no read path (list or count) can hand them to a client.
 */
public interface CommentRepository extends JpaRepository<Comment, Long> {

    @Query("""
            select c from Comment c
            where c.workspaceId = :workspaceId and c.subjectKind = :kind and c.subjectId = :subjectId
              and (:staff = true or c.internal = false)
            order by c.id desc
            """)
    List<Comment> thread(long workspaceId, DiscussionSubject kind, long subjectId, boolean staff, Pageable page);

    @Query("""
            select count(c) from Comment c
            where c.workspaceId = :workspaceId and c.subjectKind = :kind and c.subjectId = :subjectId
              and (:staff = true or c.internal = false)
            """)
    long countThread(long workspaceId, DiscussionSubject kind, long subjectId, boolean staff);
}
