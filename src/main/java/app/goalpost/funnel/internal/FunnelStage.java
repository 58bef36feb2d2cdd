package app.goalpost.funnel.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One lifecycle stage of a workspace's funnel (Website visitors, Leads, ...), in the workspace's order. */
@Entity
@Table(name = "funnel_stage")
public class FunnelStage extends AgencyOwnedEntity {

    @Column(name = "workspace_id")
    private long workspaceId;
    @Column(name = "sort_order")
    private int sortOrder;
    private String name;
    @Column(name = "benchmark_key")
    private String benchmarkKey;

    protected FunnelStage() {
    }

    public FunnelStage(long workspaceId, int sortOrder, String name, String benchmarkKey) {
        this.workspaceId = workspaceId;
        this.sortOrder = sortOrder;
        this.name = name;
        this.benchmarkKey = benchmarkKey;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getName() {
        return name;
    }

    public String getBenchmarkKey() {
        return benchmarkKey;
    }

    public void rename(String newName, String newKey) {
        this.name = newName;
        this.benchmarkKey = newKey;
    }
}
