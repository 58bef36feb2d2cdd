package app.goalpost.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A past review in full: when, who recorded it and who took part, the notes, the decision, the triggers it closed,
 * the plan of record before and after (the same plan for a kept one), the baseline a re-plan created and the
 * goal-setting session it was held in.
 */
public record ReviewRecord(long id, LocalDate date, ReviewDecision decision, String recordedBy, Instant recordedAt,
        Optional<String> notes, List<String> participants, List<RecordedTrigger> closedTriggers,
        Optional<PlanSnapshot> before, Optional<PlanSnapshot> after, Optional<Long> baselineId,
        Optional<Long> sessionId) {

    public ReviewRecord {
        participants = List.copyOf(participants);
        closedTriggers = List.copyOf(closedTriggers);
    }
}
