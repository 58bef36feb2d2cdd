package app.goalpost.webhook;

import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.workspace.WorkspaceId;
import java.time.LocalDate;

/**
 * A KPI's pacing status differs from the last one stored for it, found after actuals, a target or a KPI were
 * saved ({@link WebhookOutbox}). Published in-process inside the transaction that stores the new status, whether or
 * not an endpoint subscribes: the in-app notifications ("KPI turned behind") reuse this one detection.
 */
public record KpiStatusChanged(WorkspaceId workspaceId, long kpiId, String kpiName, PacingStatus from,
        PacingStatus to, LocalDate date) {
}
