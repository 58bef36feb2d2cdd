/** The comment thread component that workspace pages show through {@code Discussions}. */
@NullMarked
package app.goalpost.review.comment.ui;

import org.jspecify.annotations.NullMarked;
