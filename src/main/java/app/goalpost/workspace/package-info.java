/**
 * Client workspaces, assignments, and {@link app.goalpost.workspace.WorkspaceAccess}, the one place deciding who may
 * see or edit a workspace.
 */
@NullMarked
package app.goalpost.workspace;

import org.jspecify.annotations.NullMarked;
