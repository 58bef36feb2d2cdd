package app.goalpost.review.comment;

import app.goalpost.workspace.DiscussionSubject;
import app.goalpost.workspace.WorkspaceId;
import java.util.Set;

/**
 * A comment was written, inside the writing transaction. The mentioned people were checked against the
 * workspace's audience (staff only for an internal comment) before the event; the notifications listen to it.
 *
 * @param subjectName the KPI's or scenario's name, or the review's date, as the author saw it
 */
public record CommentPosted(WorkspaceId workspaceId, long commentId, DiscussionSubject subject, long subjectId,
        String subjectName, boolean internal, Set<Long> mentionedUserIds, long authorUserId, String authorName) {

    public CommentPosted {
        mentionedUserIds = Set.copyOf(mentionedUserIds);
    }
}
