package app.goalpost.kpi;

/**
 * The id of a KPI in service signatures, so that a caller cannot pass one kind of id where another is meant (see
 * docs/decisions/0010-typed-ids.md). Repositories and entities keep the plain {@code long}.
 */
public record KpiId(long value) {

    public KpiId {
        if (value <= 0) {
            throw new IllegalArgumentException("KpiId must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
