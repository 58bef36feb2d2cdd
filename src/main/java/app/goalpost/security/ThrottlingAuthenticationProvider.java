package app.goalpost.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.TransactionException;

/**
 * Password sign-in that refuses further attempts once an account or a client address failed too often.
 * <p>
 * Written out rather than extending {@code DaoAuthenticationProvider} because the order matters here:
 * the typed name is normalised and resolved to its account first (the account's bucket, whatever variant of
 * the address was typed), then the throttle is asked, then the password is hashed exactly once for every
 * outcome (known, unknown, deactivated), and only after the hash is a deactivated account refused, so that
 * the answer takes the same time whether the account is active or not. Stored hashes of an older encoding
 * (bcrypt) are re-encoded with the current default on a successful sign-in.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final UserDetailsService users;
    private final UserDetailsPasswordService passwords;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    /** A real hash of the current encoding, so that an unknown name costs what a known one does. */
    private final String unknownUserHash;

    ThrottlingAuthenticationProvider(UserDetailsService users, UserDetailsPasswordService passwords,
            PasswordEncoder encoder, LoginThrottle throttle) {
        this.users = users;
        this.passwords = passwords;
        this.encoder = encoder;
        this.throttle = throttle;
        this.unknownUserHash = encoder.encode("no account has this password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String typed = SignInNames.normalise(authentication.getName());
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = addressOf(authentication);
        try {
            if (typed.isEmpty() || typed.length() > SignInNames.MAX_EMAIL_LENGTH) {
                // Not an e-mail address we could have stored: no look-up, and nothing kept but the address count.
                throttleAddress(address);
                throttle.recordAddressFailure(address);
                throw new BadCredentialsException("Bad credentials");
            }
            Optional<UserDetails> user = find(typed);
            String accountKey = user.map(u -> u instanceof GoalpostPrincipal p ? "user:" + p.userId() : "name:" + typed)
                    .orElse("name:" + typed);
            Optional<Duration> blocked = throttle.blockedFor(accountKey, address);
            if (blocked.isPresent()) {
                throw new SignInThrottledException(blocked.get());
            }
            String hash = user.map(UserDetails::getPassword).orElse(unknownUserHash);
            boolean plausible = password.length() <= SignInNames.MAX_PASSWORD_LENGTH;
            // One hash per attempt, whatever the outcome; an over-long password is hashed as the empty one.
            boolean matches = encoder.matches(plausible ? password : "", hash) && plausible && user.isPresent();
            if (!matches) {
                throttle.recordFailure(accountKey, address);
                throw new BadCredentialsException("Bad credentials");
            }
            UserDetails account = user.get();
            if (!account.isEnabled()) {
                throw new DisabledException("Account deactivated");
            }
            throttle.recordSuccess(accountKey);
            if (encoder.upgradeEncoding(hash)) {
                account = passwords.updatePassword(account, encoder.encode(password));
            }
            UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(account,
                    null, account.getAuthorities());
            result.setDetails(authentication.getDetails());
            return result;
        } catch (DataAccessException | TransactionException e) {
            // The database is out of reach: not the user's fault, and not a wrong password either.
            throw new InternalAuthenticationServiceException("Sign-in is unavailable: " + e.getMessage(), e);
        }
    }

    private void throttleAddress(String address) {
        Optional<Duration> blocked = throttle.addressBlockedFor(address);
        if (blocked.isPresent()) {
            throw new SignInThrottledException(blocked.get());
        }
    }

    private Optional<UserDetails> find(String typed) {
        try {
            return Optional.of(users.loadUserByUsername(typed));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String addressOf(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }
}
