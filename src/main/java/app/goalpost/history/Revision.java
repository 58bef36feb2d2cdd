package app.goalpost.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One recorded change, as the history tabs show it.
 *
 * @param changedBy the person's name as it was then; empty for the API or the system
 * @param numberBefore the old target of a TARGET change (the chart's step), empty otherwise
 */
public record Revision(long id, RevisionSubject subject, long subjectId, RevisionField field, String before,
        String after, Optional<BigDecimal> numberBefore, Optional<BigDecimal> numberAfter, String reason,
        RevisionSource source, Optional<String> changedBy, Instant changedAt) {
}
