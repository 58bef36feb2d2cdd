package app.goalpost.scenario;

/**
 * The id of a goal scenario in service signatures, so that a caller cannot pass one kind of id where another is meant (see
 * docs/decisions/0010-typed-ids.md). Repositories and entities keep the plain {@code long}.
 */
public record ScenarioId(long value) {

    public ScenarioId {
        if (value <= 0) {
            throw new IllegalArgumentException("ScenarioId must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
