package app.goalpost.api;

import app.goalpost.api.internal.ApiToken;
import app.goalpost.api.internal.ApiTokenRepository;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.security.Roles;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspacePermission;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.WorkspaceSummary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens of the agency, managed by staff. A token is {@code gp_} and 256 random bits (base64url); only its
 * SHA-256 is stored, so a stolen database does not yield usable tokens, and the secret is returned once, at
 * creation. A workspace token needs the creator to see that workspace; owners and admins list and revoke every
 * token of the agency, account managers their own.
 */
@Service
public class ApiTokenService {

    public static final String PREFIX = "gp_";
    public static final int MAX_NAME = 120;
    /** The longest a token may live: a year, so that a forgotten script stops one day. */
    public static final int MAX_DAYS = 366;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final WorkspaceAccess access;
    private final WorkspaceService workspaces;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, WorkspaceAccess access, WorkspaceService workspaces, Clock clock) {
        this.tokens = tokens;
        this.access = access;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /**
     * Creates a token for one workspace (or, empty, every workspace the creator may open) that expires at the end
     * of {@code expiresOn} (UTC).
     */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public CreatedToken create(Optional<WorkspaceId> workspaceId, String name, Set<ApiScope> scopes,
            LocalDate expiresOn) {
        GoalpostPrincipal user = CurrentUser.require();
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new InvalidInputException("name", "api.error.name", MAX_NAME);
        }
        if (scopes.isEmpty()) {
            throw new InvalidInputException("scopes", "api.error.scopes");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (!expiresOn.isAfter(today.minusDays(1)) || expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            throw new InvalidInputException("expires", "api.error.expiry", MAX_DAYS);
        }
        workspaceId.ifPresent(ws -> access.require(ws.value(), WorkspacePermission.VIEW));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = tokens.save(new ApiToken(workspaceId.map(WorkspaceId::value).orElse(null), trimmed,
                secret.substring(0, 10), hash(secret), ApiScope.join(scopes), user.userId(), clock.instant(),
                expiresOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        return new CreatedToken(token.getId(), secret);
    }

    /** Newest first: every token of the agency for owners and admins, one's own for account managers. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> list() {
        GoalpostPrincipal user = CurrentUser.require();
        List<ApiToken> found = user.role().seesAllWorkspaces() ? tokens.findAllByOrderByCreatedAtDesc()
                : tokens.findByCreatedByOrderByCreatedAtDesc(user.userId());
        Map<Long, String> names = workspaces.list("", true).stream()
                .collect(Collectors.toMap(WorkspaceSummary::id, WorkspaceSummary::name));
        Instant now = clock.instant();
        return found.stream().map(t -> new ApiTokenSummary(t.getId(), t.getName(), t.getTokenHint(),
                Optional.ofNullable(t.getWorkspaceId()).map(WorkspaceId::new),
                Optional.ofNullable(t.getWorkspaceId()).map(names::get), ApiScope.parse(t.getScopes()),
                t.getCreatedBy(), t.getCreatedAt(), t.getExpiresAt(), Optional.ofNullable(t.getLastUsedAt()),
                Optional.ofNullable(t.getRevokedAt()), !t.getExpiresAt().isAfter(now))).toList();
    }

    /** Revokes a token at once (its next request gets 401). Another agency's token is simply not found. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void revoke(long tokenId) {
        GoalpostPrincipal user = CurrentUser.require();
        ApiToken token = tokens.findById(tokenId).orElseThrow(() -> new AccessDeniedException("No such token"));
        if (!user.role().seesAllWorkspaces() && token.getCreatedBy() != user.userId()) {
            throw new AccessDeniedException("Not your token");
        }
        token.revoke(clock.instant());
    }

    /** SHA-256 (hex) of a secret: what the database keeps and what a request's token is looked up by. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
