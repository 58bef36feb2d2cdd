package app.goalpost.review;

import java.time.Instant;
import java.util.Optional;

/**
 * A trigger as stored: what, why, who and when. A detected trigger has no person ({@code raisedBy} is empty) and
 * carries its {@link Detection}: the numbers that made it fire.
 */
public record RecordedTrigger(long id, TriggerKind kind, Optional<String> reason, String raisedBy, Instant raisedAt,
        Optional<Detection> detection) {

    public RecordedTrigger(long id, TriggerKind kind, Optional<String> reason, String raisedBy, Instant raisedAt) {
        this(id, kind, reason, raisedBy, raisedAt, Optional.empty());
    }
}
