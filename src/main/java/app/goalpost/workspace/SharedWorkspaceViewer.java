package app.goalpost.workspace;

import app.goalpost.tenancy.AgencyPrincipal;
import app.goalpost.tenancy.TenantContext;
import java.io.Serial;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The narrow "share viewer" scope (docs/decisions/0020-read-only-share-links.md): somebody without an account who
 * opened a valid share link may read exactly one workspace, for the duration of one call. {@link #run} puts this
 * principal in the thread's security context (and the link's agency in the tenant context) and restores what was
 * there before; nothing is written to the HTTP session.
 * <p>
 * What it allows follows from how the app already guards data: {@code @PreAuthorize("isAuthenticated()")} passes,
 * every role check ({@code IS_STAFF}, {@code CAN_ADMINISTER}, {@code @RolesAllowed}) fails (the only authority is
 * {@code ROLE_SHARE_VIEWER}), {@code CurrentUser.require()} fails (no {@code GoalpostPrincipal}), and
 * {@link WorkspaceAccess} grants {@link WorkspacePermission#VIEW} on the one active workspace and nothing on any
 * other. The agency comes from the stored link, never from the request.
 */
public record SharedWorkspaceViewer(long agencyId, long workspaceId) implements AgencyPrincipal {

    /** The only authority the scope carries: no role of the app matches it. */
    public static final String AUTHORITY = "ROLE_SHARE_VIEWER";

    /** Runs {@code work} as the viewer of one workspace of one agency. */
    public static <T> T run(long agencyId, WorkspaceId workspaceId, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext scoped = SecurityContextHolder.createEmptyContext();
        scoped.setAuthentication(new ViewerAuthentication(new SharedWorkspaceViewer(agencyId, workspaceId.value())));
        SecurityContextHolder.setContext(scoped);
        try {
            return TenantContext.runAsTenant(agencyId, work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The viewer of the current scope, if the thread runs in one. */
    public static Optional<SharedWorkspaceViewer> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ViewerAuthentication viewer && viewer.isAuthenticated()) {
            return Optional.of(viewer.getPrincipal());
        }
        return Optional.empty();
    }

    private static final class ViewerAuthentication extends AbstractAuthenticationToken {

        @Serial
        private static final long serialVersionUID = 1L;

        private final SharedWorkspaceViewer viewer;

        ViewerAuthentication(SharedWorkspaceViewer viewer) {
            super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
            this.viewer = viewer;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public SharedWorkspaceViewer getPrincipal() {
            return viewer;
        }
    }
}
