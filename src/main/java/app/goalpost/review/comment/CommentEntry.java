package app.goalpost.review.comment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A comment as the signed-in user sees it: {@code mine} says they may edit or delete it; {@code mentioned} names
 * the people it mentions (those who still may see the workspace).
 */
public record CommentEntry(long id, String author, String body, boolean internal, Instant createdAt,
        Optional<Instant> editedAt, boolean mine, List<String> mentioned) {

    public CommentEntry {
        mentioned = List.copyOf(mentioned);
    }
}
