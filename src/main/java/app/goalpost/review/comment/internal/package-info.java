/** Entities and repositories of comment threads. */
@NullMarked
package app.goalpost.review.comment.internal;

import org.jspecify.annotations.NullMarked;
