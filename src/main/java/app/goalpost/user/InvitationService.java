package app.goalpost.user;

import app.goalpost.security.AgencyRole;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.security.Roles;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.tenancy.AgencyService;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.user.internal.Invitation;
import app.goalpost.user.internal.InvitationRepository;
import app.goalpost.user.internal.UserAccount;
import app.goalpost.user.internal.UserAccountRepository;
import app.goalpost.workspace.ClientAccess;
import app.goalpost.workspace.WorkspaceMembershipService;
import app.goalpost.workspace.WorkspaceNotFoundException;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations: a one-time link that expires. The token is random, shown once, and stored only as a hash;
 * accepting it creates the account with the invited role and workspace assignments.
 */
@Service
public class InvitationService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationRepository invitations;
    private final UserAccountRepository users;
    private final WorkspaceMembershipService memberships;
    private final AgencyService agencies;
    private final InvitationMailer mailer;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration ttl;
    private final String baseUrl;

    InvitationService(InvitationRepository invitations, UserAccountRepository users,
            WorkspaceMembershipService memberships, AgencyService agencies, InvitationMailer mailer,
            PasswordEncoder passwordEncoder, TransactionTemplate tx, ApplicationEventPublisher events, Clock clock,
            @Value("${goalpost.invitation.ttl:P7D}") Duration ttl, @Value("${goalpost.base-url}") String baseUrl) {
        this.invitations = invitations;
        this.users = users;
        this.memberships = memberships;
        this.agencies = agencies;
        this.mailer = mailer;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
        this.ttl = ttl;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @PreAuthorize(Roles.CAN_ADMINISTER)
    @Transactional
    public InvitationLink invite(InvitationRequest request) {
        GoalpostPrincipal me = CurrentUser.require();
        String email = EmailAddresses.normalise("email", request.email());
        if (request.role() == null) {
            throw new InvalidInputException("role", "invite.validation.role");
        }
        if (request.role() == AgencyRole.OWNER && me.role() != AgencyRole.OWNER) {
            throw new InvalidInputException("role", "invite.validation.ownerOnly");
        }
        if (request.role() == AgencyRole.CLIENT
                && (request.workspaceIds().size() != 1 || request.clientAccess() == null
                        || request.clientAccess() == ClientAccess.MANAGER)) {
            throw new InvalidInputException("workspaces", "invite.validation.clientWorkspace");
        }
        // Within the agency we can say so at once; an address used in another agency is only refused when the
        // invitee accepts, so this agency never learns about accounts elsewhere.
        if (users.existsByEmail(email)) {
            throw new InvalidInputException("email", "invite.validation.emailTaken");
        }
        List<Long> workspaceIds = request.role().seesAllWorkspaces() ? List.of() : request.workspaceIds();
        String token = newToken();
        Instant now = clock.instant();
        Invitation invitation = invitations.save(new Invitation(email, request.role(), workspaceIds,
                request.role() == AgencyRole.CLIENT ? request.clientAccess() : null, hash(token), me.userId(),
                now, now.plus(ttl)));
        // Validate the workspaces now so the inviter hears about a wrong one, not the invitee.
        if (!workspaceIds.isEmpty()) {
            memberships.checkWorkspacesExist(workspaceIds);
        }
        String url = baseUrl + "/invitation/" + token;
        boolean mailed = mailer.send(email, me.displayName(), agencies.currentAgencyName().orElse(""), url,
                invitation.getExpiresAt(), me.locale());
        return new InvitationLink(url, invitation.getExpiresAt(), mailed);
    }

    @PreAuthorize(Roles.CAN_ADMINISTER)
    @Transactional(readOnly = true)
    public List<PendingInvitation> pending() {
        Instant now = clock.instant();
        return invitations.findByAcceptedAtIsNullAndRevokedFalseOrderByCreatedAtDesc().stream()
                .map(i -> new PendingInvitation(i.getId(), i.getEmail(), i.getRole(), i.getExpiresAt(),
                        !now.isBefore(i.getExpiresAt())))
                .toList();
    }

    @PreAuthorize(Roles.CAN_ADMINISTER)
    @Transactional
    public void revoke(long invitationId) {
        invitations.findById(invitationId).orElseThrow(WorkspaceNotFoundException::new).revoke();
    }

    /** What a still-usable invitation is for; empty for an unknown, used, revoked or expired token. */
    @PermitAll
    public Optional<InvitationPreview> preview(String token) {
        return findUsable(token).map(i -> TenantContext.runAsTenant(i.agencyId(), () ->
                new InvitationPreview(i.email(), i.role(), agencies.currentAgencyName().orElse(""))));
    }

    /** Creates the invited account with the chosen password; the token cannot be used again. */
    @PermitAll
    public void accept(String token, String displayName, String password) {
        Usable usable = findUsable(token).orElseThrow(() -> new InvalidInputException("token", "invite.expired"));
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new InvalidInputException("displayName", "signup.validation.name");
        }
        PasswordPolicy.check("password", password);
        // Sign-in is by email across all agencies, so an address can belong to one account only.
        boolean emailTaken = TenantContext.runAsSystem(() -> tx.execute(status -> users.existsByEmail(usable.email())));
        if (emailTaken) {
            throw new InvalidInputException("token", "invite.emailTaken");
        }
        TenantContext.runAsTenant(usable.agencyId(), () -> tx.executeWithoutResult(status -> {
            Invitation invitation = invitations.findById(usable.invitationId()).orElseThrow();
            if (!invitation.isUsable(clock.instant())) {
                throw new InvalidInputException("token", "invite.expired");
            }
            invitation.markAccepted(clock.instant());
            UserAccount account = users.save(new UserAccount(invitation.getEmail(), name,
                    passwordEncoder.encode(password), invitation.getRole(), Locale.ENGLISH.toLanguageTag(),
                    clock.instant()));
            users.flush();
            memberships.assignJoinedMember(account.getId(), invitation.getRole(), invitation.getWorkspaceIds(),
                    invitation.getClientAccess());
            events.publishEvent(new MemberJoined(account.getId(), invitation.getRole(),
                    invitation.getWorkspaceIds(), invitation.getClientAccess()));
        }));
    }

    private Optional<Usable> findUsable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String tokenHash = hash(token);
        Instant now = clock.instant();
        return TenantContext.runAsSystem(() -> tx.execute(status -> invitations.findByTokenHash(tokenHash)
                .filter(i -> i.isUsable(now))
                .map(i -> new Usable(i.getId(), i.getAgencyId(), i.getEmail(), i.getRole()))));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Usable(long invitationId, long agencyId, String email, AgencyRole role) {
    }
}
