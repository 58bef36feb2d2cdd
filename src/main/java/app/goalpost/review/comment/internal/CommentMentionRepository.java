package app.goalpost.review.comment.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentMentionRepository extends JpaRepository<CommentMention, Long> {

    List<CommentMention> findByCommentIdIn(Collection<Long> commentIds);

    List<CommentMention> findByCommentId(long commentId);
}
