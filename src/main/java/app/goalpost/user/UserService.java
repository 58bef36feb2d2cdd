package app.goalpost.user;

import app.goalpost.security.AccountDeactivated;
import app.goalpost.security.AgencyRole;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.security.Roles;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.user.internal.UserAccount;
import app.goalpost.user.internal.UserAccountRepository;
import app.goalpost.workspace.WorkspaceMembershipService;
import app.goalpost.workspace.ClientAccess;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users of the signed-in user's agency: listing, deactivation, own password and language. */
@Service
public class UserService {

    private final UserAccountRepository users;
    private final WorkspaceMembershipService memberships;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    UserService(UserAccountRepository users, WorkspaceMembershipService memberships,
            PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.users = users;
        this.memberships = memberships;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    @PreAuthorize(Roles.CAN_ADMINISTER)
    @Transactional(readOnly = true)
    public List<UserSummary> listUsers() {
        Map<Long, Map<Long, ClientAccess>> assignments = memberships.allAssignments();
        return users.findAllByOrderByDisplayNameAsc().stream()
                .map(u -> new UserSummary(u.getId(), u.getDisplayName(), u.getEmail(), u.getRole(), u.isActive(),
                        assignments.getOrDefault(u.getId(), Map.of())))
                .toList();
    }

    /**
     * Deactivates or reactivates a user of the agency. Nobody deactivates themselves, only owners touch owners,
     * and the last active owner stays.
     */
    @PreAuthorize(Roles.CAN_ADMINISTER)
    @Transactional
    public void setActive(long userId, boolean active) {
        GoalpostPrincipal me = CurrentUser.require();
        UserAccount user = users.findById(userId)
                .orElseThrow(() -> new InvalidInputException("user", "users.error.notFound"));
        if (user.getId() == me.userId()) {
            throw new InvalidInputException("user", "users.error.self");
        }
        if (user.getRole() == AgencyRole.OWNER && me.role() != AgencyRole.OWNER) {
            throw new InvalidInputException("user", "users.error.ownerOnly");
        }
        if (!active && user.getRole() == AgencyRole.OWNER && users.countByRoleAndActiveTrue(AgencyRole.OWNER) <= 1) {
            throw new InvalidInputException("user", "users.error.lastOwner");
        }
        user.setActive(active);
        if (!active) {
            events.publishEvent(new AccountDeactivated(userId)); // ends the user's live presence on every node
        }
    }

    /** False once the signed-in user has been deactivated: their open sessions end at the next navigation. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean isCurrentUserActive() {
        return users.findById(CurrentUser.require().userId()).map(UserAccount::isActive).orElse(false);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount me = users.findById(CurrentUser.require().userId()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, me.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "account.password.wrong");
        }
        PasswordPolicy.check("newPassword", newPassword);
        me.setPasswordHash(passwordEncoder.encode(newPassword));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void changeLocale(Locale locale) {
        users.findById(CurrentUser.require().userId()).orElseThrow().setLocale(locale.toLanguageTag());
    }
}
