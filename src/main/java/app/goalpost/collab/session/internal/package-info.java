/** Entities and repositories of goal-setting sessions. */
@NullMarked
package app.goalpost.collab.session.internal;

import org.jspecify.annotations.NullMarked;
