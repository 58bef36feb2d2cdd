package app.goalpost.review.comment.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A person a comment mentions (chosen from the workspace's audience when it was written). */
@Entity
@Table(name = "comment_mention")
public class CommentMention extends AgencyOwnedEntity {

    private long commentId;
    private long userId;

    protected CommentMention() {
    }

    public CommentMention(long commentId, long userId) {
        this.commentId = commentId;
        this.userId = userId;
    }

    public long getCommentId() {
        return commentId;
    }

    public long getUserId() {
        return userId;
    }
}
