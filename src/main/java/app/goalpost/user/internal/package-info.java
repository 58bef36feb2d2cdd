/** Entities and repositories of the user feature. */
@NullMarked
package app.goalpost.user.internal;

import org.jspecify.annotations.NullMarked;
