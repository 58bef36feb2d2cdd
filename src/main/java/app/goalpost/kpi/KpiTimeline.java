package app.goalpost.kpi;

import app.goalpost.review.TriggerKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a KPI's timeline marks besides the pacing lines: the dated notes people added and the review triggers raised
 * in the workspace during the period (both oldest first), and whether the reader may add notes.
 */
public record KpiTimeline(List<Note> notes, List<Trigger> triggers, boolean canAnnotate) {

    public KpiTimeline {
        notes = List.copyOf(notes);
        triggers = List.copyOf(triggers);
    }

    public static KpiTimeline empty() {
        return new KpiTimeline(List.of(), List.of(), false);
    }

    /** A note on a KPI's timeline; {@code own}: the reader wrote it and may edit or delete it. */
    public record Note(long id, long kpiId, LocalDate day, String text, String author, boolean own) {
    }

    /** A review trigger on the client's day it was raised. */
    public record Trigger(LocalDate day, TriggerKind kind, Optional<String> reason, String raisedBy) {
    }
}
