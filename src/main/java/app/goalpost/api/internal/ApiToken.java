package app.goalpost.api.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API token: only the SHA-256 of its secret is kept (see V9__api_tokens.sql). */
@Entity
@Table(name = "api_token")
public class ApiToken extends AgencyOwnedEntity {

    private @Nullable Long workspaceId;
    private String name;
    private String tokenHint;
    private String tokenHash;
    private String scopes;
    private long createdBy;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant lastUsedAt;
    private @Nullable Instant revokedAt;

    @SuppressWarnings("NullAway.Init")
    protected ApiToken() {
    }

    public ApiToken(@Nullable Long workspaceId, String name, String tokenHint, String tokenHash, String scopes,
            long createdBy, Instant createdAt, Instant expiresAt) {
        this.workspaceId = workspaceId;
        this.name = name;
        this.tokenHint = tokenHint;
        this.tokenHash = tokenHash;
        this.scopes = scopes;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public @Nullable Long getWorkspaceId() {
        return workspaceId;
    }

    public String getName() {
        return name;
    }

    public String getTokenHint() {
        return tokenHint;
    }

    public String getScopes() {
        return scopes;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
