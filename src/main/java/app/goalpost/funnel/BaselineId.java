package app.goalpost.funnel;

/**
 * The id of a baseline in service signatures, so that a caller cannot pass one kind of id where another is meant (see
 * docs/decisions/0010-typed-ids.md). Repositories and entities keep the plain {@code long}.
 */
public record BaselineId(long value) {

    public BaselineId {
        if (value <= 0) {
            throw new IllegalArgumentException("BaselineId must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
