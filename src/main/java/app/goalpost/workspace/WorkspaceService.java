package app.goalpost.workspace;

import java.util.Set;
import jakarta.annotation.security.PermitAll;
import app.goalpost.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import app.goalpost.workspace.internal.OffsetPage;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.security.Roles;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.workspace.internal.Workspace;
import app.goalpost.workspace.internal.WorkspaceRepository;
import app.goalpost.workspace.internal.WorkspaceVisit;
import app.goalpost.workspace.internal.WorkspaceVisitRepository;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Client workspaces of the signed-in user's agency. */
@Service
public class WorkspaceService {

    private final WorkspaceRepository workspaces;
    private final WorkspaceVisitRepository visits;
    private final WorkspaceAccess access;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    WorkspaceService(WorkspaceRepository workspaces, WorkspaceVisitRepository visits, WorkspaceAccess access,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.workspaces = workspaces;
        this.visits = visits;
        this.access = access;
        this.clock = clock;
    }

    /** Workspaces the user may open, filtered by a case-insensitive name search; archived ones for admins. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<WorkspaceSummary> list(String search, boolean includeArchived) {
        GoalpostPrincipal user = CurrentUser.require();
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        List<Workspace> candidates = includeArchived && user.role().seesAllWorkspaces()
                ? workspaces.findAllByOrderByArchivedAscNameAsc()
                : workspaces.findAllById(access.visibleWorkspaceIds()).stream()
                        .sorted(Comparator.comparing(w -> w.getName().toLowerCase(Locale.ROOT))).toList();
        return candidates.stream()
                .filter(w -> needle.isEmpty() || w.getName().toLowerCase(Locale.ROOT).contains(needle))
                .map(WorkspaceService::summary)
                .toList();
    }

    /**
     * The given workspaces of the agency, archived ones too, by name; ids of other agencies are not found (the
     * tenant filter). For pages that name a few workspaces (the users page names its users' assignments) without
     * loading the agency's list.
     */
    @PreAuthorize(Roles.CAN_ADMINISTER)
    @Transactional(readOnly = true)
    public List<WorkspaceSummary> summaries(java.util.Collection<Long> workspaceIds) {
        if (workspaceIds.isEmpty()) {
            return List.of();
        }
        return workspaces.findByIdInOrderByName(Set.copyOf(workspaceIds)).stream().map(WorkspaceService::summary)
                .toList();
    }

    /**
     * A page of the switcher: workspaces the user may open whose name contains {@code search} (any case), most
     * recently opened first, then by name. The database filters, sorts and pages: the cost does not grow with
     * the number of workspaces of the agency.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<WorkspaceSummary> switcherPage(String search, int offset, int limit) {
        GoalpostPrincipal user = CurrentUser.require();
        if (limit <= 0) {
            return List.of();
        }
        return workspaces.switcherPage(user.userId(), user.role().seesAllWorkspaces(), likePattern(search),
                new OffsetPage(offset, limit)).stream().map(WorkspaceService::summary).toList();
    }

    /** How many workspaces {@link #switcherPage} has for the search. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public int switcherCount(String search) {
        GoalpostPrincipal user = CurrentUser.require();
        return Math.toIntExact(workspaces.switcherCount(user.userId(), user.role().seesAllWorkspaces(),
                likePattern(search)));
    }

    /**
     * A page of the agency home: workspaces the user may open whose name contains {@code search} (any case),
     * active first, then by name ({@code nameDescending} reverses the names); archived ones too when asked by an
     * owner or admin (ignored for anyone else). Filtered, sorted and paged by the database, like
     * {@link #switcherPage}.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<WorkspaceSummary> homePage(String search, boolean includeArchived, boolean nameDescending,
            int offset, int limit) {
        GoalpostPrincipal user = CurrentUser.require();
        if (limit <= 0) {
            return List.of();
        }
        boolean all = user.role().seesAllWorkspaces();
        boolean archived = includeArchived && all;
        OffsetPage page = new OffsetPage(offset, limit);
        List<Workspace> rows = nameDescending
                ? workspaces.homePageByNameDesc(user.userId(), all, archived, likePattern(search), page)
                : workspaces.homePageByNameAsc(user.userId(), all, archived, likePattern(search), page);
        return rows.stream().map(WorkspaceService::summary).toList();
    }

    /** How many workspaces {@link #homePage} has for the search. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public int homeCount(String search, boolean includeArchived) {
        GoalpostPrincipal user = CurrentUser.require();
        boolean all = user.role().seesAllWorkspaces();
        return Math.toIntExact(workspaces.homeCount(user.userId(), all, includeArchived && all, likePattern(search)));
    }

    private static String likePattern(String search) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        // LIKE wildcards typed by the user are literal characters of a name
        return "%" + needle.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** Opens a workspace for viewing and remembers the visit for the switcher. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public WorkspaceDetails open(WorkspaceId workspaceId) {
        WorkspaceDetails details = get(workspaceId);
        GoalpostPrincipal user = CurrentUser.require();
        visits.findByUserIdAndWorkspaceId(user.userId(), workspaceId.value()).ifPresentOrElse(
                visit -> visit.setVisitedAt(clock.instant()),
                () -> visits.save(new WorkspaceVisit(user.userId(), workspaceId.value(), clock.instant())));
        return details;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public WorkspaceDetails get(WorkspaceId workspaceId) {
        var permissions = access.require(workspaceId.value(), WorkspacePermission.VIEW);
        Workspace w = workspaces.findById(workspaceId.value()).orElseThrow(WorkspaceNotFoundException::new);
        return details(w, permissions);
    }

    /**
     * The workspace for a background job of its agency ({@link TenantContext#requireJobScope}: a tenant scope, nobody
     * signed in), with no permissions; archived workspaces answer not-found. Used by the webhooks' review-due check.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public WorkspaceDetails getInJob(WorkspaceId workspaceId) {
        TenantContext.requireJobScope();
        Workspace w = workspaces.findById(workspaceId.value()).filter(found -> !found.isArchived())
                .orElseThrow(WorkspaceNotFoundException::new);
        return details(w, Set.of());
    }

    private static WorkspaceDetails details(Workspace w, Set<WorkspacePermission> permissions) {
        return new WorkspaceDetails(w.getId(), w.getName(), w.getIndustry(), w.getCompanyStage(),
                Currency.getInstance(w.getCurrency()), ZoneId.of(w.getTimeZone()), w.getFiscalYearStartMonth(),
                w.isArchived(), w.getVersion(), permissions, w.getCreatedAt());
    }

    @PreAuthorize(Roles.CAN_ADMINISTER)
    @Transactional
    public long create(WorkspaceForm form) {
        checkName(form);
        if (workspaces.existsByNameIgnoreCase(form.getName().strip())) {
            throw new DuplicateWorkspaceNameException();
        }
        return workspaces.save(new Workspace(form, clock.instant())).getId();
    }

    /** A name the column can hold, refused with its length otherwise (rather than cut or failing in the database). */
    private static void checkName(WorkspaceForm form) {
        String name = form.getName() == null ? "" : form.getName().strip();
        if (name.isEmpty() || name.length() > WorkspaceForm.MAX_NAME) {
            throw new InvalidInputException("name", "workspace.validation.nameTooLong", WorkspaceForm.MAX_NAME,
                    name.length());
        }
    }

    /** Saves new settings; fails with an optimistic-locking error if someone saved in between. */
    @PreAuthorize(Roles.CAN_ADMINISTER)
    @Transactional
    public void update(WorkspaceId workspaceId, WorkspaceForm form, long expectedVersion) {
        access.require(workspaceId.value(), WorkspacePermission.ADMINISTER);
        Workspace workspace = workspaces.findById(workspaceId.value()).orElseThrow(WorkspaceNotFoundException::new);
        workspace.requireVersion(expectedVersion);
        checkName(form);
        if (workspaces.existsByNameIgnoreCaseAndIdNot(form.getName().strip(), workspaceId.value())) {
            throw new DuplicateWorkspaceNameException();
        }
        workspace.apply(form);
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.WORKSPACE, workspaceId.value()));
    }

    /** Archives instead of deleting: the data stays, the workspace leaves every list but the archive. */
    @PreAuthorize(Roles.CAN_ADMINISTER)
    @Transactional
    public void setArchived(WorkspaceId workspaceId, boolean archived) {
        access.require(workspaceId.value(), WorkspacePermission.ADMINISTER);
        workspaces.findById(workspaceId.value()).orElseThrow(WorkspaceNotFoundException::new).setArchived(archived);
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.WORKSPACE, workspaceId.value()));
    }

    private static WorkspaceSummary summary(Workspace w) {
        return new WorkspaceSummary(w.getId(), w.getName(), w.getIndustry(), w.getCompanyStage(), w.getCurrency(),
                w.isArchived());
    }

    /** Another workspace of the agency already has this name. */
    public static class DuplicateWorkspaceNameException extends RuntimeException {
        public DuplicateWorkspaceNameException() {
            super("duplicate workspace name");
        }
    }
}
