package app.goalpost.review.internal;

import app.goalpost.review.TriggerKind;
import java.time.LocalDate;

/** The day a review last closed a detected trigger of one rule and subject. */
public record LastClosed(TriggerKind kind, String subjectKey, LocalDate reviewDate) {
}
