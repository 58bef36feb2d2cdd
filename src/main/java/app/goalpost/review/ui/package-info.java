/** The review page of a workspace. */
@NullMarked
package app.goalpost.review.ui;

import org.jspecify.annotations.NullMarked;
