/** Entities and repositories of the review feature. */
@NullMarked
package app.goalpost.review.internal;

import org.jspecify.annotations.NullMarked;
