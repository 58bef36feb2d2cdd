package app.goalpost.funnel;

/**
 * The id of a funnel stage in service signatures, so that a caller cannot pass one kind of id where another is meant (see
 * docs/decisions/0010-typed-ids.md). Repositories and entities keep the plain {@code long}.
 */
public record StageId(long value) {

    public StageId {
        if (value <= 0) {
            throw new IllegalArgumentException("StageId must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
