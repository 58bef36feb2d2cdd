/** Entities and repositories of the funnel feature. */
@NullMarked
package app.goalpost.funnel.internal;

import org.jspecify.annotations.NullMarked;
