package app.goalpost.user;

import app.goalpost.security.AgencyRole;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.tenancy.AgencyService;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.user.internal.UserAccount;
import app.goalpost.user.internal.UserAccountRepository;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Sign-up of a new agency: creates the agency (the tenant) and its owner in one transaction. */
@Service
public class SignUpService {

    private final AgencyService agencies;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;
    private final Clock clock;

    SignUpService(AgencyService agencies, UserAccountRepository users, PasswordEncoder passwordEncoder,
            TransactionTemplate tx, Clock clock) {
        this.agencies = agencies;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
        this.clock = clock;
    }

    /** Returns the new agency id. Nothing is written when any input is refused. */
    @PermitAll
    public long signUp(String agencyName, String ownerName, String email, String password, Locale locale) {
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
        String hash = passwordEncoder.encode(password);
        boolean taken = TenantContext.runAsSystem(() -> tx.execute(status -> users.existsByEmail(normalised)));
        if (taken) {
            throw new InvalidInputException("email", "signup.validation.emailTaken");
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
            throw new InvalidInputException("email", "signup.validation.emailTaken");
        }
        return agencyId;
    }
}
