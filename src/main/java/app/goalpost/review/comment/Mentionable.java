package app.goalpost.review.comment;

/** Someone a comment may mention: an active user who may see the workspace (staff only for an internal one). */
public record Mentionable(long userId, String name, boolean staff) {
}
