package app.goalpost.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A review held: the client's day, who recorded it, the notes and the triggers it closed. */
public record PastReview(long id, LocalDate date, ReviewDecision decision, String recordedBy, Optional<String> notes,
        List<RecordedTrigger> closedTriggers) {

    public PastReview {
        closedTriggers = List.copyOf(closedTriggers);
    }
}
