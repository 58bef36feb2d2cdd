package app.goalpost.workspace;

import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;

/**
 * Something of a workspace was saved. Published by the services through Spring's event publisher inside the
 * writing transaction; listeners that leave the transaction (live pages, webhooks, caches) listen after commit.
 * Carries ids only: receivers reload what they show from the database, through their own access checks.
 *
 * @param actorUserId who saved, 0 for the system (jobs, demo data)
 */
public record WorkspaceChanged(WorkspaceId workspaceId, ChangeKind kind, long subjectId, long actorUserId) {

    /** The change made by whoever is signed in on this thread (0 when nobody is). */
    public static WorkspaceChanged of(WorkspaceId workspaceId, ChangeKind kind, long subjectId) {
        return new WorkspaceChanged(workspaceId, kind, subjectId,
                CurrentUser.get().map(GoalpostPrincipal::userId).orElse(0L));
    }
}
