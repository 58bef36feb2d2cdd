package app.goalpost.review;

import app.goalpost.workspace.WorkspaceId;

/**
 * A reason to review the goals was stored: recorded by a person or detected from the data. Published inside the
 * writing transaction next to the {@code WorkspaceChanged(REVIEW)} event, for listeners that react to triggers
 * (notifications, the KPI timeline). Carries ids only; receivers reload through their own access checks.
 *
 * @param actorUserId who recorded it, 0 when the data raised it (the scheduled evaluation, an import)
 */
public record ReviewTriggerRaised(WorkspaceId workspaceId, long triggerId, TriggerKind kind, long actorUserId) {
}
