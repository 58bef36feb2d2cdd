package app.goalpost.security;

import java.util.Optional;

/**
 * What the sign-in check relies on, as the database has it now. Implemented by the user feature (the account
 * table lives there); read on every guarded service call by {@link SignedInAccountCheck}.
 */
public interface AccountState {

    /** The account's current role if it exists and is active; empty when deleted or deactivated. */
    Optional<AgencyRole> activeRole(long userId);
}
