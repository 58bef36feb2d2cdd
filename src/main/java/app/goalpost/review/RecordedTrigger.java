package app.goalpost.review;

import java.time.Instant;
import java.util.Optional;

/** A trigger as recorded: what, why, who and when. */
public record RecordedTrigger(long id, TriggerKind kind, Optional<String> reason, String raisedBy, Instant raisedAt) {
}
