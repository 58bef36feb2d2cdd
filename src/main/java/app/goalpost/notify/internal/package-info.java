/** Entities and repositories of notifications, preferences and the jobs' once-only marks. */
@NullMarked
package app.goalpost.notify.internal;

import org.jspecify.annotations.NullMarked;
