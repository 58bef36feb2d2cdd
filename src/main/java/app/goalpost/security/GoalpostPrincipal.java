package app.goalpost.security;

import app.goalpost.tenancy.AgencyPrincipal;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security keeps it in the session; the agency here is the tenant. */
public final class GoalpostPrincipal implements UserDetails, CredentialsContainer, AgencyPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final long agencyId;
    private final String email;
    private final String displayName;
    private final AgencyRole role;
    private final Locale locale;
    private final boolean active;
    private @Nullable String passwordHash;

    public GoalpostPrincipal(long userId, long agencyId, String email, String displayName, AgencyRole role,
            Locale locale, boolean active, @Nullable String passwordHash) {
        this.userId = userId;
        this.agencyId = agencyId;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.locale = locale;
        this.active = active;
        this.passwordHash = passwordHash;
    }

    public long userId() {
        return userId;
    }

    @Override
    public long agencyId() {
        return agencyId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public AgencyRole role() {
        return role;
    }

    public Locale locale() {
        return locale;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GoalpostPrincipal other && other.userId == userId && other.agencyId == agencyId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId) * 31 + Long.hashCode(agencyId);
    }

    @Override
    public String toString() {
        return "GoalpostPrincipal[user=" + userId + ", agency=" + agencyId + ", role=" + role + "]";
    }
}
