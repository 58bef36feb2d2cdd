package app.goalpost.share.internal;

import app.goalpost.share.ShareKind;
import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A share link of one workspace. Only the SHA-256 of its token is stored, and the Argon2 hash of its password. */
@Entity
@Table(name = "share_link")
public class ShareLink extends AgencyOwnedEntity {

    private long workspaceId;
    @Enumerated(EnumType.STRING)
    private ShareKind kind;
    private String tokenHash;
    private @Nullable String label;
    private @Nullable String passwordHash;
    private long createdBy;
    private String createdByName;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant revokedAt;

    protected ShareLink() {
    }

    public ShareLink(long workspaceId, ShareKind kind, String tokenHash, @Nullable String label,
            @Nullable String passwordHash, long createdBy, String createdByName, Instant createdAt, Instant expiresAt) {
        this.workspaceId = workspaceId;
        this.kind = kind;
        this.tokenHash = tokenHash;
        this.label = label;
        this.passwordHash = passwordHash;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant when) {
        if (revokedAt == null) {
            revokedAt = when;
        }
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public ShareKind getKind() {
        return kind;
    }

    public @Nullable String getLabel() {
        return label;
    }

    public @Nullable String getPasswordHash() {
        return passwordHash;
    }

    public String getCreatedByName() {
        return createdByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }
}
