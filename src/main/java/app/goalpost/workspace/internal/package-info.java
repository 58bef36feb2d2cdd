/** Entities and repositories of the workspace feature. */
@NullMarked
package app.goalpost.workspace.internal;

import org.jspecify.annotations.NullMarked;
