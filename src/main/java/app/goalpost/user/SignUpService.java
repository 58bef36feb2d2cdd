package app.goalpost.user;

import app.goalpost.security.AgencyRole;
import app.goalpost.security.ThrottleStore;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.tenancy.AgencyService;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.user.internal.UserAccount;
import app.goalpost.user.internal.UserAccountRepository;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-up of a new agency: creates the agency (the tenant) and its owner in one transaction.
 * <p>
 * The page gets the same answer whether or not the e-mail already has an account (in any agency): telling
 * the difference would let anyone find out who uses Goalpost. The existing account's owner is told by mail
 * instead (when SMTP is configured). Sign-ups from the page are limited per client address.
 */
@Service
public class SignUpService {

    private final AgencyService agencies;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SignUpMailer mailer;
    private final ThrottleStore throttle;
    private final int maxPerAddress;
    private final Duration window;

    SignUpService(AgencyService agencies, UserAccountRepository users, PasswordEncoder passwordEncoder,
            TransactionTemplate tx, Clock clock, SignUpMailer mailer, ThrottleStore throttle,
            @Value("${goalpost.signup.max-per-address:5}") int maxPerAddress,
            @Value("${goalpost.signup.window:PT1H}") Duration window) {
        this.agencies = agencies;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
        this.clock = clock;
        this.mailer = mailer;
        this.throttle = throttle;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    /**
     * For server-side callers that know the address is new (demo data, test fixtures): returns the new agency
     * id, and refuses an address that has an account. Not rate-limited: no client address is involved.
     */
    @PermitAll
    public long signUp(String agencyName, String ownerName, String email, String password, Locale locale) {
        return signUp(agencyName, ownerName, email, password, locale, null)
                .orElseThrow(() -> new InvalidInputException("email", "signup.validation.emailTaken"));
    }

    /**
     * Sign-up from the page. Returns the new agency id, or nothing when the e-mail already had an account (its
     * owner was mailed); the page must answer both the same way. Nothing is written when any input is refused.
     *
     * @param clientAddress the caller's address, counted against {@code goalpost.signup.max-per-address}
     */
    @PermitAll
    public OptionalLong signUp(String agencyName, String ownerName, String email, String password, Locale locale,
            @Nullable String clientAddress) {
        String agency = agencyName == null ? "" : agencyName.strip();
        if (agency.isEmpty() || agency.length() > 120) {
            throw new InvalidInputException("agencyName", "signup.validation.agency");
        }
        String name = ownerName == null ? "" : ownerName.strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new InvalidInputException("displayName", "signup.validation.name");
        }
        String normalised = EmailAddresses.normalise("email", email);
        PasswordPolicy.check("password", password);
        if (clientAddress != null) {
            String bucket = "sign-up:address:" + clientAddress;
            Optional<Duration> blocked = throttle.blockedFor(bucket, maxPerAddress, window);
            if (blocked.isPresent()) {
                throw new InvalidInputException("email", "signup.validation.throttled",
                        Math.max(1, (blocked.get().toSeconds() + 59) / 60));
            }
            throttle.record(bucket);
        }
        // Hashed before the look-up, so that a taken address costs the same time as a free one.
        String hash = passwordEncoder.encode(password);
        Optional<UserAccount> existing = TenantContext.runAsSystem(
                () -> tx.execute(status -> users.findByEmail(normalised)));
        if (existing.isPresent()) {
            tellExistingOwner(existing.get());
            return OptionalLong.empty();
        }
        // Hibernate fixes a session's tenant when it opens, so the owner is written in a second transaction
        // opened for the new agency; if that fails (an email taken in between), the agency is removed again.
        long agencyId = agencies.createAgency(agency);
        try {
            TenantContext.runAsTenant(agencyId, () -> tx.executeWithoutResult(status -> users.saveAndFlush(
                    new UserAccount(normalised, name, hash, AgencyRole.OWNER, locale.toLanguageTag(),
                            clock.instant()))));
        } catch (DataIntegrityViolationException e) {
            agencies.deleteEmptyAgency(agencyId);
            return OptionalLong.empty();
        }
        return OptionalLong.of(agencyId);
    }

    private void tellExistingOwner(UserAccount account) {
        mailer.accountExistsLater(account.getEmail(), Locale.forLanguageTag(account.getLocale()));
    }
}
