package app.goalpost.collab.session;

import java.time.Instant;

/** A line of the workspace's past sessions. */
public record SessionSummary(SessionId id, String title, String facilitatorName, Instant startedAt, Instant endedAt,
        int participants, int decisions) {
}
