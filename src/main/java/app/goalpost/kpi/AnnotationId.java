package app.goalpost.kpi;

/** The id of a note on a KPI's timeline in service signatures (docs/decisions/0010-typed-ids.md). */
public record AnnotationId(long value) {

    public AnnotationId {
        if (value <= 0) {
            throw new IllegalArgumentException("AnnotationId must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
