package app.goalpost.api;

/** A new token and its secret: the only time the secret exists outside the caller's hands. */
public record CreatedToken(long id, String secret) {

    @Override
    public String toString() {
        return "CreatedToken[id=" + id + "]";
    }
}
