package app.goalpost.share;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A new share link: what it opens, an optional label for the list, the last day it works (in the workspace's time
 * zone, at most {@link ShareLinkService#MAX_DAYS} days ahead) and an optional password.
 */
public record ShareLinkRequest(@Nullable ShareKind kind, @Nullable String label, @Nullable LocalDate expiresOn,
        @Nullable String password) {
}
