package app.goalpost.api;

import app.goalpost.workspace.WorkspaceId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A token as the token page lists it; never its secret, only the first characters ({@code hint}).
 *
 * @param workspaceName empty for an agency-wide token (or a workspace the viewer may no longer open)
 */
public record ApiTokenSummary(long id, String name, String hint, Optional<WorkspaceId> workspaceId,
        Optional<String> workspaceName, Set<ApiScope> scopes, long createdBy, Instant createdAt, Instant expiresAt,
        Optional<Instant> lastUsedAt, Optional<Instant> revokedAt, boolean expired) {

    public boolean usable() {
        return revokedAt.isEmpty() && !expired;
    }
}
