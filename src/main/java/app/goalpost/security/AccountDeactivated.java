package app.goalpost.security;

/**
 * An account of the signed-in agency was deactivated. Published inside the writing transaction; listeners that end
 * what the account still holds open (live presence on every node) listen after commit. Access itself is refused by
 * {@link SignedInAccountCheck} at the account's next guarded call, with or without this event.
 */
public record AccountDeactivated(long userId) {
}
