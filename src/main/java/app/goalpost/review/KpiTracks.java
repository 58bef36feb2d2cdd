package app.goalpost.review;

import app.goalpost.planning.pacing.Pacing;
import app.goalpost.workspace.WorkspaceId;
import java.time.LocalDate;
import java.util.List;

/**
 * What the trigger rules read from the KPI feature: the workspace's current KPIs with their actuals. Implemented
 * there (the KPI feature depends on this one, never the other way round), like {@code SessionScenarios}.
 * Implementations read only inside the caller's access check: a signed-in user who may see the workspace, or a
 * tenant job scope.
 */
public interface KpiTracks {

    /** A KPI with its id, as the engine paces it: its actuals of the period and of the same period last year. */
    record TrackedKpi(long id, Pacing.Track track) {
    }

    record WorkspaceRef(long agencyId, long workspaceId) {
    }

    /**
     * The active KPIs whose period contains {@code today}, with every actual from their period starts up to
     * {@code today} and of the same periods last year: a bounded number of queries whatever the number of KPIs.
     */
    List<TrackedKpi> current(WorkspaceId workspaceId, LocalDate today);

    /**
     * Every (agency, workspace) with an active KPI whose period overlaps [{@code from}, {@code to}], across all
     * agencies: for the scheduled evaluation, in the system scope only.
     */
    List<WorkspaceRef> workspacesWithKpisBetween(LocalDate from, LocalDate to);
}
