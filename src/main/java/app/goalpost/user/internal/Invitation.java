package app.goalpost.user.internal;

import app.goalpost.security.AgencyRole;
import app.goalpost.shared.AgencyOwnedEntity;
import app.goalpost.workspace.ClientAccess;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A one-time, expiring invitation. Only the SHA-256 of its token is stored. */
@Entity
@Table(name = "invitation")
public class Invitation extends AgencyOwnedEntity {

    private String email;
    @Enumerated(EnumType.STRING)
    private AgencyRole role;
    /** Comma-separated workspace ids, re-checked against the tenant when the invitation is accepted. */
    private String workspaceIds;
    @Enumerated(EnumType.STRING)
    private ClientAccess clientAccess;
    private String tokenHash;
    private long invitedBy;
    private Instant expiresAt;
    private Instant acceptedAt;
    private boolean revoked;
    private Instant createdAt;

    protected Invitation() {
    }

    public Invitation(String email, AgencyRole role, List<Long> workspaceIds, ClientAccess clientAccess,
            String tokenHash, long invitedBy, Instant createdAt, Instant expiresAt) {
        this.email = email;
        this.role = role;
        this.workspaceIds = workspaceIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.clientAccess = clientAccess;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return !revoked && acceptedAt == null && now.isBefore(expiresAt);
    }

    public String getEmail() {
        return email;
    }

    public AgencyRole getRole() {
        return role;
    }

    public List<Long> getWorkspaceIds() {
        if (workspaceIds == null || workspaceIds.isBlank()) {
            return List.of();
        }
        return Arrays.stream(workspaceIds.split(",")).map(Long::valueOf).toList();
    }

    public ClientAccess getClientAccess() {
        return clientAccess;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public void markAccepted(Instant when) {
        this.acceptedAt = when;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public void revoke() {
        this.revoked = true;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
