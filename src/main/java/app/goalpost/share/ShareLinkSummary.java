package app.goalpost.share;

import java.time.Instant;
import java.util.Optional;

/** A share link as the management list shows it (never its token: only the hash is stored). */
public record ShareLinkSummary(ShareLinkId id, ShareKind kind, String label, String createdByName, Instant createdAt,
        Instant expiresAt, Optional<Instant> revokedAt, boolean passwordProtected, ShareLinkStatus status,
        long views, Optional<Instant> lastViewedAt) {
}
