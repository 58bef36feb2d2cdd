package app.goalpost.collab.session;

import app.goalpost.workspace.WorkspaceId;
import org.jspecify.annotations.Nullable;

/**
 * Published by {@link GoalSessionService} inside the writing transaction; after commit it goes on the live bus as a
 * {@code SESSION} event stamped with the writer's agency. Ids only (plus a route of the same workspace for LEAD).
 */
public record SessionChanged(WorkspaceId workspaceId, SessionEventKind kind, long sessionIdValue, long actorUserId,
        @Nullable String detail) {
}
