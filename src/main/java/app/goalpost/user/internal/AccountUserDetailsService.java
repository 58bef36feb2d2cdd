package app.goalpost.user.internal;

import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.security.SignInNames;
import app.goalpost.tenancy.TenantContext;
import java.util.Locale;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a user for sign-in. The agency is not known before sign-in, so the look-up by email runs in the
 * system scope: the only cross-agency read of user data, and it returns just this one account.
 * After a successful sign-in with a hash of an older encoding (bcrypt), stores the re-encoded one (Argon2),
 * in the account's own agency.
 */
@Component
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository users;
    private final TransactionTemplate tx;

    AccountUserDetailsService(UserAccountRepository users, TransactionTemplate transactionTemplate) {
        this.users = users;
        this.tx = transactionTemplate;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String email = SignInNames.normalise(username);
        // Sign-in happens as nobody: whoever may already be signed in on this thread does not take part.
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        UserAccount account;
        try {
            // read-write on purpose: with a read replica (goalpost.datasource.replica.*) a read-only look-up could
            // miss the account a sign-up created a moment ago, or accept a password changed on the primary
            account = TenantContext.runAsSystem(() -> tx.execute(status -> users.findByEmail(email)))
                    .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        return principal(account);
    }

    /** Called by sign-in right after the password matched, before the user counts as signed in. */
    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        GoalpostPrincipal principal = (GoalpostPrincipal) user;
        UserAccount account = TenantContext.runAsTenant(principal.agencyId(), () -> tx.execute(status -> {
            UserAccount stored = users.findById(principal.userId()).orElseThrow();
            stored.setPasswordHash(newPassword);
            return stored;
        }));
        return principal(account);
    }

    private static GoalpostPrincipal principal(UserAccount account) {
        return new GoalpostPrincipal(account.getId(), account.getAgencyId(), account.getEmail(),
                account.getDisplayName(), account.getRole(), Locale.forLanguageTag(account.getLocale()),
                account.isActive(), account.getPasswordHash());
    }
}
