package app.goalpost.share;

/** The id of a share link in service signatures (docs/decisions/0010-typed-ids.md). */
public record ShareLinkId(long value) {

    public ShareLinkId {
        if (value <= 0) {
            throw new IllegalArgumentException("ShareLinkId must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
