package app.goalpost.workspace.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import app.goalpost.workspace.ClientAccess;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** Assigns an account manager or a client user to a workspace (owners and admins need no assignment). */
@Entity
@Table(name = "workspace_member")
public class WorkspaceMember extends AgencyOwnedEntity {

    @Column(name = "workspace_id")
    private long workspaceId;
    @Column(name = "user_id")
    private long userId;
    @Enumerated(EnumType.STRING)
    private ClientAccess accessLevel;

    protected WorkspaceMember() {
    }

    public WorkspaceMember(long workspaceId, long userId, ClientAccess accessLevel) {
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.accessLevel = accessLevel;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public long getUserId() {
        return userId;
    }

    public ClientAccess getAccessLevel() {
        return accessLevel;
    }

    public void setAccessLevel(ClientAccess accessLevel) {
        this.accessLevel = accessLevel;
    }
}
