package app.goalpost.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in user's account was deactivated, or its role changed, after sign-in: the session's principal no
 * longer matches the account, so the call is refused and the user must sign in again (docs/decisions/0009).
 */
public class AccessRevokedException extends AccessDeniedException {

    public AccessRevokedException(String reason) {
        super(reason);
    }
}
