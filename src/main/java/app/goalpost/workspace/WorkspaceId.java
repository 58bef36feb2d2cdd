package app.goalpost.workspace;

/**
 * The id of a client workspace in service signatures, so that a caller cannot pass one kind of id where another is meant (see
 * docs/decisions/0010-typed-ids.md). Repositories and entities keep the plain {@code long}.
 */
public record WorkspaceId(long value) {

    public WorkspaceId {
        if (value <= 0) {
            throw new IllegalArgumentException("WorkspaceId must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
