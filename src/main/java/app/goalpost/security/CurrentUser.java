package app.goalpost.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the signed-in principal. Static because it only wraps the security context of the current thread. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<GoalpostPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof GoalpostPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public static GoalpostPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
