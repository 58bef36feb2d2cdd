package app.goalpost.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins: carries how long to wait so the sign-in page can say so. */
public class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-in attempts");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes to wait, at least one. */
    public long minutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
