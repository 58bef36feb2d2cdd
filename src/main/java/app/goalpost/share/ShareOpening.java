package app.goalpost.share;

import org.jspecify.annotations.Nullable;

/**
 * The answer to opening a shared page. An unknown, revoked or expired token all give {@link #UNAVAILABLE}, the same
 * way; too many attempts give {@link #THROTTLED} whatever the token.
 */
public record ShareOpening(Outcome outcome, @Nullable ShareGrant grant) {

    public enum Outcome {
        GRANTED, UNAVAILABLE, THROTTLED, PASSWORD_REQUIRED, WRONG_PASSWORD
    }

    static final ShareOpening UNAVAILABLE = new ShareOpening(Outcome.UNAVAILABLE, null);
    static final ShareOpening THROTTLED = new ShareOpening(Outcome.THROTTLED, null);
    static final ShareOpening PASSWORD_REQUIRED = new ShareOpening(Outcome.PASSWORD_REQUIRED, null);
    static final ShareOpening WRONG_PASSWORD = new ShareOpening(Outcome.WRONG_PASSWORD, null);

    static ShareOpening granted(ShareGrant grant) {
        return new ShareOpening(Outcome.GRANTED, grant);
    }
}
