package app.goalpost.workspace.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** When a user last opened a workspace: orders the switcher by most recent use. */
@Entity
@Table(name = "workspace_visit")
public class WorkspaceVisit extends AgencyOwnedEntity {

    @Column(name = "user_id")
    private long userId;
    @Column(name = "workspace_id")
    private long workspaceId;
    private Instant visitedAt;

    protected WorkspaceVisit() {
    }

    public WorkspaceVisit(long userId, long workspaceId, Instant visitedAt) {
        this.userId = userId;
        this.workspaceId = workspaceId;
        this.visitedAt = visitedAt;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public Instant getVisitedAt() {
        return visitedAt;
    }

    public void setVisitedAt(Instant visitedAt) {
        this.visitedAt = visitedAt;
    }
}
