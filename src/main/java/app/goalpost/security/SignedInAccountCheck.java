package app.goalpost.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Refuses a signed-in principal whose account is no longer what it was at sign-in: deactivated, deleted, or given
 * another role. Runs before every {@code @PreAuthorize} check (see {@link RevokedAccessConfig}), so access that an
 * admin takes away ends at the user's next service call, on every node and in every open session. Workspace
 * assignments need no check here: {@code WorkspaceAccess} reads them from the database on every call.
 */
@Component
public class SignedInAccountCheck {

    private static final String VERIFIED = SignedInAccountCheck.class.getName() + ".verified.";

    private final AccountState accounts;

    SignedInAccountCheck(AccountState accounts) {
        this.accounts = accounts;
    }

    /** Throws {@link AccessRevokedException} when the principal is stale; anonymous callers pass unchanged. */
    public void verify(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof GoalpostPrincipal principal)) {
            return;
        }
        // One read per HTTP request is enough (a page open makes many guarded calls); Vaadin push and test
        // harnesses have no request attributes and read on every call.
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String memo = VERIFIED + principal.userId();
        if (request != null && request.getAttribute(memo, RequestAttributes.SCOPE_REQUEST) == principal.role()) {
            return;
        }
        Optional<AgencyRole> role = accounts.activeRole(principal.userId());
        if (role.isEmpty()) {
            throw new AccessRevokedException("Account " + principal.userId() + " is no longer active");
        }
        if (role.get() != principal.role()) {
            throw new AccessRevokedException("Role of account " + principal.userId() + " changed from "
                    + principal.role() + " to " + role.get());
        }
        if (request != null) {
            request.setAttribute(memo, principal.role(), RequestAttributes.SCOPE_REQUEST);
        }
    }
}
