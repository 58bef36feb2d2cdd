package app.goalpost.share.internal;

import java.time.Instant;

/** How often a link was viewed, and when last. */
public record ShareUsage(long linkId, long views, Instant lastViewedAt) {
}
