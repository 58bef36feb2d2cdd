package app.goalpost.share;

import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.security.Roles;
import app.goalpost.share.internal.ShareLink;
import app.goalpost.share.internal.ShareLinkRepository;
import app.goalpost.share.internal.ShareUsage;
import app.goalpost.share.internal.ShareViewRepository;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspacePermission;
import app.goalpost.workspace.WorkspaceService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Share links of a workspace, for agency staff with access to it (owners, admins, its account managers): create,
 * list with their use, revoke. Client users are refused. The token is shown once, in the created link's address.
 */
@Service
public class ShareLinkService {

    /** The longest a link may live: the expiry day is at most this many days after today. */
    public static final int MAX_DAYS = 90;
    public static final int MAX_LABEL = 120;
    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 128;

    private final ShareLinkRepository links;
    private final ShareViewRepository views;
    private final WorkspaceService workspaces;
    private final WorkspaceAccess access;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String baseUrl;

    ShareLinkService(ShareLinkRepository links, ShareViewRepository views, WorkspaceService workspaces,
            WorkspaceAccess access, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${goalpost.base-url}") String baseUrl) {
        this.links = links;
        this.views = views;
        this.workspaces = workspaces;
        this.access = access;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The path of a shared page for a token (the address without the base URL). */
    public static String path(String token) {
        return "s/" + token;
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public CreatedShareLink create(WorkspaceId workspaceId, ShareLinkRequest request) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        GoalpostPrincipal me = CurrentUser.require();
        WorkspaceDetails workspace = workspaces.get(workspaceId);
        ShareKind kind = request.kind();
        if (kind == null || !kind.creatable()) {
            throw new InvalidInputException("kind", "share.validation.kind");
        }
        String label = request.label() == null ? "" : request.label().strip();
        if (label.length() > MAX_LABEL) {
            throw new InvalidInputException("label", "share.validation.labelTooLong", MAX_LABEL, label.length());
        }
        Instant expiresAt = expiry(request.expiresOn(), workspace.timeZone());
        String password = request.password() == null ? "" : request.password();
        if (!password.isEmpty() && (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD)) {
            throw new InvalidInputException("password", "share.validation.password", MIN_PASSWORD, MAX_PASSWORD);
        }
        String token = ShareTokens.newToken();
        ShareLink link = links.save(new ShareLink(workspaceId.value(), kind, ShareTokens.hash(token),
                label.isEmpty() ? null : label, password.isEmpty() ? null : passwordEncoder.encode(password),
                me.userId(), me.displayName(), clock.instant(), expiresAt));
        return new CreatedShareLink(summary(link, Optional.empty(), clock.instant()), baseUrl + "/" + path(token));
    }

    /** A link works until the end of its expiry day in the workspace's time zone, at most {@link #MAX_DAYS} ahead. */
    private Instant expiry(@Nullable LocalDate expiresOn, ZoneId zone) {
        if (expiresOn == null) {
            throw new InvalidInputException("expiresOn", "share.validation.expiryRequired");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (expiresOn.isBefore(today)) {
            throw new InvalidInputException("expiresOn", "share.validation.expiryPast");
        }
        if (expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            throw new InvalidInputException("expiresOn", "share.validation.expiryTooFar", MAX_DAYS);
        }
        return expiresOn.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The workspace's links, newest first, with how often and when last each was viewed (two queries). */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public List<ShareLinkSummary> list(WorkspaceId workspaceId) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        List<ShareLink> found = links.findTop200ByWorkspaceIdOrderByCreatedAtDescIdDesc(workspaceId.value());
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, ShareUsage> usage = views.usage(found.stream().map(ShareLink::getId).toList()).stream()
                .collect(Collectors.toMap(ShareUsage::linkId, Function.identity()));
        Instant now = clock.instant();
        return found.stream().map(l -> summary(l, Optional.ofNullable(usage.get(l.getId())), now)).toList();
    }

    /** Revokes a link of the workspace at once; a link of another workspace (or agency) answers not found. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void revoke(WorkspaceId workspaceId, ShareLinkId shareLinkId) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        links.findByIdAndWorkspaceId(shareLinkId.value(), workspaceId.value())
                .orElseThrow(WorkspaceNotFoundException::new).revoke(clock.instant());
    }

    private static ShareLinkSummary summary(ShareLink l, Optional<ShareUsage> usage, Instant now) {
        ShareLinkStatus status = l.getRevokedAt() != null ? ShareLinkStatus.REVOKED
                : l.isUsable(now) ? ShareLinkStatus.ACTIVE : ShareLinkStatus.EXPIRED;
        return new ShareLinkSummary(new ShareLinkId(l.getId()), l.getKind(), l.getLabel() == null ? "" : l.getLabel(),
                l.getCreatedByName(), l.getCreatedAt(), l.getExpiresAt(), Optional.ofNullable(l.getRevokedAt()),
                l.getPasswordHash() != null, status, usage.map(ShareUsage::views).orElse(0L),
                usage.map(ShareUsage::lastViewedAt));
    }
}
