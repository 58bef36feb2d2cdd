package app.goalpost.review.comment;

import java.util.List;

/**
 * A thread as the signed-in user may see it: the newest {@link CommentService#MAX_SHOWN} comments (newest last),
 * how many there are in all (internal ones are neither listed nor counted for a client), whether the user may
 * write, and whether they may mark a comment internal (staff only).
 */
public record CommentThread(List<CommentEntry> comments, long total, boolean canPost, boolean canMarkInternal) {

    public CommentThread {
        comments = List.copyOf(comments);
    }
}
