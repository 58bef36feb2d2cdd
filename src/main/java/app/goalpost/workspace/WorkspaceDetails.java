package app.goalpost.workspace;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Set;

/** A workspace as the signed-in user sees it, with what they may do in it. */
public record WorkspaceDetails(long id, String name, Industry industry, CompanyStage stage, Currency currency,
        ZoneId timeZone, int fiscalYearStartMonth, boolean archived, long version,
        Set<WorkspacePermission> permissions, Instant createdAt) {

    /** The id typed for service calls; the record keeps {@code long id} for display and comparisons. */
    public WorkspaceId workspaceId() {
        return new WorkspaceId(id);
    }

    public boolean can(WorkspacePermission permission) {
        return permissions.contains(permission);
    }

    public WorkspaceSummary summary() {
        return new WorkspaceSummary(id, name, industry, stage, currency.getCurrencyCode(), archived);
    }
}
