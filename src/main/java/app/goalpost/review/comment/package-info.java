/**
 * Comment threads on a KPI, a scenario or a review (issue 12), with @mentions of people who may see the workspace
 * and internal (staff-only) comments that a client never reads, counts included. This package is the API
 * ({@link app.goalpost.review.comment.CommentService}, the {@link app.goalpost.review.comment.CommentPosted} event);
 * {@code internal} holds entities and repositories; {@code ui} the thread component.
 */
@NullMarked
package app.goalpost.review.comment;

import org.jspecify.annotations.NullMarked;
