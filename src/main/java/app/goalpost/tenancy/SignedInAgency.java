package app.goalpost.tenancy;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The agency of the authenticated principal, if any: the only source of the tenant for user requests. */
final class SignedInAgency {

    private SignedInAgency() {
    }

    static Optional<Long> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof AgencyPrincipal principal) {
            return Optional.of(principal.agencyId());
        }
        return Optional.empty();
    }
}
