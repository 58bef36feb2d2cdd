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
    private final TransactionTemplate readOnly;
    private final TransactionTemplate tx;

    AccountUserDetailsService(UserAccountRepository users, TransactionTemplate transactionTemplate) {
        this.users = users;
        this.readOnly = new TransactionTemplate(transactionTemplate.getTransactionManager());
        this.readOnly.setReadOnly(true);
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
            account = TenantContext.runAsSystem(() -> readOnly.execute(tx -> users.findByEmail(email)))
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
