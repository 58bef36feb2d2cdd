package app.goalpost.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password sign-in that refuses further attempts once an account or a client address failed too often. */
class ThrottlingAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        super(users);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = String.valueOf(authentication.getName());
        String address = addressOf(authentication);
        Optional<Duration> blocked = throttle.blockedFor(email, address);
        if (blocked.isPresent()) {
            throw new SignInThrottledException(blocked.get());
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.recordSuccess(email);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(email, address);
            throw e;
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
