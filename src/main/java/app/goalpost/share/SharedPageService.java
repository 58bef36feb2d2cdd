package app.goalpost.share;

import app.goalpost.kpi.Dashboard;
import app.goalpost.kpi.PacingService;
import app.goalpost.report.ClientReport;
import app.goalpost.report.ReportPeriod;
import app.goalpost.report.ReportService;
import app.goalpost.share.internal.ShareLink;
import app.goalpost.share.internal.ShareLinkRepository;
import app.goalpost.share.internal.ShareView;
import app.goalpost.share.internal.ShareViewRepository;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.workspace.SharedWorkspaceViewer;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspaceService;
import jakarta.annotation.security.PermitAll;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shared page's side, for anybody holding a link (docs/decisions/0020): {@link #open} checks the token (and
 * the password), throttles and logs the view; {@link #dashboard} and {@link #report} read the one workspace of the link, live, in the
 * narrow {@link SharedWorkspaceViewer} scope. The agency and the workspace always come from the stored link.
 */
@Service
public class SharedPageService {

    private static final int MAX_USER_AGENT = 120;

    private final ShareLinkRepository links;
    private final ShareViewRepository views;
    private final ShareThrottle throttle;
    private final WorkspaceService workspaces;
    private final PacingService pacing;
    private final ReportService reports;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;
    private final Clock clock;

    SharedPageService(ShareLinkRepository links, ShareViewRepository views, ShareThrottle throttle,
            WorkspaceService workspaces, PacingService pacing, ReportService reports, PasswordEncoder passwordEncoder,
            TransactionTemplate tx, Clock clock) {
        this.links = links;
        this.views = views;
        this.throttle = throttle;
        this.workspaces = workspaces;
        this.pacing = pacing;
        this.reports = reports;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Opens a shared page: {@code password} is null on the first opening and what the visitor typed afterwards.
     * An unknown, revoked or expired token answers {@code UNAVAILABLE} after the same single look-up by hash; a
     * blocked address or token answers {@code THROTTLED} before any look-up, whatever the token.
     */
    @PermitAll
    public ShareOpening open(String token, @Nullable String password, ShareClient client) {
        // whoever may be signed in on this browser plays no part: the link alone decides, in its own agency
        return withoutSignedInUser(() -> openAnonymously(token, password, client));
    }

    private ShareOpening openAnonymously(String token, @Nullable String password, ShareClient client) {
        String tokenHash = ShareTokens.hash(token.length() > ShareTokens.MAX_LENGTH
                ? token.substring(0, ShareTokens.MAX_LENGTH) : token);
        if (throttle.blocked(client.address(), tokenHash)) {
            return ShareOpening.THROTTLED;
        }
        throttle.recordOpen(client.address(), tokenHash);
        Optional<Found> found = token.length() > ShareTokens.MAX_LENGTH ? Optional.empty() : find(tokenHash);
        if (found.isEmpty()) {
            throttle.recordMiss(client.address());
            return ShareOpening.UNAVAILABLE;
        }
        Found link = found.get();
        if (link.passwordHash() != null) {
            if (throttle.passwordBlocked(tokenHash)) {
                return ShareOpening.THROTTLED;
            }
            if (password == null) {
                return ShareOpening.PASSWORD_REQUIRED;
            }
            if (!passwordEncoder.matches(password, link.passwordHash())) {
                throttle.recordWrongPassword(client.address(), tokenHash);
                return ShareOpening.WRONG_PASSWORD;
            }
        }
        ShareGrant grant = new ShareGrant(link.id(), link.agencyId(), link.workspaceId(), link.kind());
        TenantContext.runAsTenant(grant.agencyId(), () -> tx.executeWithoutResult(status -> views.save(
                new ShareView(grant.linkId(), clock.instant(), truncatedAddress(client.address()),
                        shortUserAgent(client.userAgent())))));
        return ShareOpening.granted(grant);
    }

    /**
     * The live dashboard of the link's workspace; empty when the link was revoked or expired since it was opened,
     * is not a dashboard link, or the workspace was archived (the page then answers like an unknown link).
     */
    @PermitAll
    public Optional<SharedDashboard> dashboard(ShareGrant grant) {
        return read(grant, ShareKind.DASHBOARD, workspaceId -> {
            WorkspaceDetails workspace = workspaces.get(workspaceId);
            Dashboard dashboard = pacing.dashboard(workspaceId);
            return new SharedDashboard(workspace.name(), workspace.currency(), dashboard);
        });
    }

    /**
     * The client report of the link's workspace for the current month (in the workspace's days, as the report page
     * opens by default), read live through {@link ReportService} in the share-viewer scope; the reader picks no
     * other period. Empty like {@link #dashboard} when the link no longer works or is not a report link.
     */
    @PermitAll
    public Optional<ClientReport> report(ShareGrant grant, Locale locale) {
        return read(grant, ShareKind.REPORT, workspaceId -> reports.report(workspaceId, currentMonth(workspaceId),
                locale));
    }

    /**
     * The same report as {@link #report} as a PDF, built afresh (and the link checked again) when it is downloaded.
     */
    @PermitAll
    public Optional<byte[]> reportPdf(ShareGrant grant, Locale locale) {
        return read(grant, ShareKind.REPORT, workspaceId -> reports.pdf(reports.report(workspaceId,
                currentMonth(workspaceId), locale)));
    }

    private ReportPeriod currentMonth(WorkspaceId workspaceId) {
        return ReportPeriod.containing(ReportPeriod.Kind.MONTH, pacing.today(workspaceId));
    }

    /**
     * Runs one read of the link's workspace in the share-viewer scope, after checking again that the link is still
     * usable, of this kind and of this workspace; an archived or vanished workspace reads as empty.
     */
    private <T> Optional<T> read(ShareGrant grant, ShareKind kind, Function<WorkspaceId, T> work) {
        WorkspaceId workspaceId = new WorkspaceId(grant.workspaceId());
        return SharedWorkspaceViewer.run(grant.agencyId(), workspaceId, () -> {
            Boolean usable = tx.execute(status -> links.findById(grant.linkId())
                    .filter(l -> l.isUsable(clock.instant()) && l.getWorkspaceId() == grant.workspaceId()
                            && l.getKind() == kind)
                    .isPresent());
            if (!Boolean.TRUE.equals(usable)) {
                return Optional.empty();
            }
            try {
                return Optional.of(work.apply(workspaceId));
            } catch (WorkspaceNotFoundException archivedOrGone) {
                return Optional.empty();
            }
        });
    }

    private static <T> T withoutSignedInUser(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private Optional<Found> find(String tokenHash) {
        // the token is all there is: look it up across agencies, then work in the link's own agency only
        return TenantContext.runAsSystem(() -> tx.execute(status -> links.findByTokenHash(tokenHash)
                .filter(l -> l.isUsable(clock.instant()))
                .map(Found::of)));
    }

    /** IPv4 to its /24, IPv6 to its /48: which network, not which machine. */
    static String truncatedAddress(String address) {
        try {
            if (address.isEmpty() || !(address.indexOf(':') >= 0 || address.chars().allMatch(
                    c -> c == '.' || Character.isDigit(c)))) {
                return "unknown";
            }
            byte[] bytes = InetAddress.getByName(address).getAddress();
            int keep = bytes.length == 4 ? 3 : 6;
            for (int i = keep; i < bytes.length; i++) {
                bytes[i] = 0;
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    static String shortUserAgent(@Nullable String userAgent) {
        if (userAgent == null) {
            return "";
        }
        String printable = userAgent.replaceAll("\\p{Cntrl}", "").strip();
        return printable.length() <= MAX_USER_AGENT ? printable : printable.substring(0, MAX_USER_AGENT);
    }

    private record Found(long id, long agencyId, long workspaceId, ShareKind kind, @Nullable String passwordHash) {

        static Found of(ShareLink l) {
            return new Found(l.getId(), l.getAgencyId(), l.getWorkspaceId(), l.getKind(), l.getPasswordHash());
        }
    }
}
