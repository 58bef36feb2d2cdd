package app.goalpost.api;

import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.workspace.WorkspaceId;
import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by an API token. Its principal is the {@link GoalpostPrincipal} of the staff member who
 * created the token, as the account is now: the tenant resolver reads the agency from it and
 * {@code WorkspaceAccess} that member's rights, exactly as for a signed-in page. The authorities are the
 * member's role and the token's scopes.
 */
public final class ApiCaller extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final GoalpostPrincipal principal;
    private final long tokenId;
    private final @Nullable Long workspaceId;
    private final Set<ApiScope> scopes;

    ApiCaller(GoalpostPrincipal principal, long tokenId, @Nullable Long workspaceId, Set<ApiScope> scopes) {
        super(authorities(principal, scopes));
        this.principal = principal;
        this.tokenId = tokenId;
        this.workspaceId = workspaceId;
        this.scopes = Set.copyOf(scopes);
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(GoalpostPrincipal principal, Set<ApiScope> scopes) {
        List<GrantedAuthority> all = new ArrayList<>(principal.getAuthorities());
        scopes.forEach(s -> all.add(new SimpleGrantedAuthority(s.authority())));
        return all;
    }

    @Override
    public GoalpostPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public @Nullable Object getCredentials() {
        return null;
    }

    public long tokenId() {
        return tokenId;
    }

    /** The token's workspace; empty for an agency-wide token. */
    public Optional<WorkspaceId> workspaceId() {
        return Optional.ofNullable(workspaceId).map(WorkspaceId::new);
    }

    public Set<ApiScope> scopes() {
        return scopes;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ApiCaller other && other.tokenId == tokenId && super.equals(o);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(tokenId) * 31 + super.hashCode();
    }
}
