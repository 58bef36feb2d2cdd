package app.goalpost.collab.session;

import app.goalpost.collab.session.internal.GoalSession;
import app.goalpost.collab.session.internal.GoalSessionDecision;
import app.goalpost.collab.session.internal.GoalSessionDecisionRepository;
import app.goalpost.collab.session.internal.GoalSessionNotes;
import app.goalpost.collab.session.internal.GoalSessionNotesRepository;
import app.goalpost.collab.session.internal.GoalSessionParticipant;
import app.goalpost.collab.session.internal.GoalSessionParticipantRepository;
import app.goalpost.collab.session.internal.GoalSessionRepository;
import app.goalpost.collab.session.internal.GoalSessionScenario;
import app.goalpost.collab.session.internal.GoalSessionScenarioRepository;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.security.Roles;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspacePermission;
import app.goalpost.workspace.WorkspaceService;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goal-setting sessions of a workspace. Everyone who sees the workspace (VIEW) reads the running session, joins it and
 * reads the past records; agency staff with the workspace (EDIT_BASELINE) start one; staff and client contributors
 * (EDIT_PLAN) edit notes and decisions; the facilitator ticks the agenda, leads and ends it. Every row is looked up
 * inside the workspace after the access check, so a foreign id is simply not found. Each change publishes a
 * {@link SessionChanged} (ids only) that reaches the live bus after commit.
 */
@Service
public class GoalSessionService {

    static final int MAX_TITLE = 200;
    static final int MAX_NOTES = 20_000;
    static final int MAX_DECISION = 500;

    /** The scenarios page: {@code w/{ws}/scenarios[/{baselineId}[/new]][?...scenario={id}...]}. */
    private static final Pattern SCENARIOS_ROUTE = Pattern.compile(
            "scenarios(?:/(\\d+))?(?:/new)?(?:\\?(?:.*&)?scenario=(\\d+)(?:&.*)?)?(?:\\?.*)?");
    /** A route the facilitator may lead to: a path of the same workspace, ids, words and a simple query. */
    private static final Pattern SAFE_ROUTE = Pattern.compile("[A-Za-z0-9/_-]*(\\?[A-Za-z0-9=&_-]*)?");

    private final GoalSessionRepository sessions;
    private final GoalSessionNotesRepository notes;
    private final GoalSessionDecisionRepository decisions;
    private final GoalSessionParticipantRepository participants;
    private final GoalSessionScenarioRepository scenarios;
    private final SessionScenarios scenarioDirectory;
    private final WorkspaceAccess access;
    private final WorkspaceService workspaces;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GoalSessionService(GoalSessionRepository sessions, GoalSessionNotesRepository notes,
            GoalSessionDecisionRepository decisions, GoalSessionParticipantRepository participants,
            GoalSessionScenarioRepository scenarios, SessionScenarios scenarioDirectory, WorkspaceAccess access,
            WorkspaceService workspaces, ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.notes = notes;
        this.decisions = decisions;
        this.participants = participants;
        this.scenarios = scenarios;
        this.scenarioDirectory = scenarioDirectory;
        this.access = access;
        this.workspaces = workspaces;
        this.events = events;
        this.clock = clock;
    }

    /** The workspace's running session, if any, as the signed-in user sees it. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<SessionView> running(WorkspaceId workspaceId) {
        Set<WorkspacePermission> granted = access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return sessions.findByWorkspaceIdAndEndedAtIsNull(workspaceId.value()).map(s -> view(s, granted));
    }

    /** Starts the workspace's session (one open at a time); the facilitator joins it at once. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public SessionId start(WorkspaceId workspaceId, String title) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("title", "session.error.titleRequired");
        }
        if (clean.length() > MAX_TITLE) {
            throw new InvalidInputException("title", "session.error.tooLong", MAX_TITLE);
        }
        if (sessions.findByWorkspaceIdAndEndedAtIsNull(workspaceId.value()).isPresent()) {
            throw new InvalidInputException("title", "session.error.alreadyRunning");
        }
        GoalpostPrincipal user = CurrentUser.require();
        GoalSession session;
        try {
            session = sessions.saveAndFlush(new GoalSession(workspaceId.value(), clean, user.userId(),
                    user.displayName(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // another facilitator started one in the same instant: the unique key on the open session refused it
            throw new InvalidInputException("title", "session.error.alreadyRunning");
        }
        notes.save(new GoalSessionNotes(session.getId()));
        participants.save(new GoalSessionParticipant(session.getId(), user.userId(), user.displayName(),
                clock.instant()));
        publish(workspaceId, SessionEventKind.STARTED, session.getId(), null);
        return new SessionId(session.getId());
    }

    /** Records that the signed-in user joined (once; joining again keeps the first join time). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void join(WorkspaceId workspaceId, SessionId sessionId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        GoalSession session = open(workspaceId, sessionId);
        if (ensureJoined(session)) {
            publish(workspaceId, SessionEventKind.JOINED, session.getId(), null);
        }
    }

    /** The signed-in participant follows the facilitator's pages, or stops; remembered for their next visit. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void follow(WorkspaceId workspaceId, SessionId sessionId, boolean following) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        GoalSession session = open(workspaceId, sessionId);
        GoalSessionParticipant me = participants.findBySessionIdAndUserId(session.getId(),
                CurrentUser.require().userId())
                .orElseThrow(() -> new InvalidInputException("session", "session.error.notJoined"));
        me.setFollowing(following);
    }

    /** Ticks or unticks an agenda step (the facilitator). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void tick(WorkspaceId workspaceId, SessionId sessionId, AgendaStep step, boolean done,
            long expectedVersion) {
        GoalSession session = facilitated(workspaceId, sessionId);
        session.requireVersion(expectedVersion);
        Set<AgendaStep> steps = agenda(session.getAgendaDone());
        if (done) {
            steps.add(step);
        } else {
            steps.remove(step);
        }
        session.setAgendaDone(steps.stream().map(Enum::name).collect(Collectors.joining(",")));
        publish(workspaceId, SessionEventKind.AGENDA, session.getId(), null);
    }

    /**
     * Saves the shared notes if they are still the version the user loaded (else an optimistic-locking error and
     * nothing is written); returns the new version. Whoever writes joins the session.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public long saveNotes(WorkspaceId workspaceId, SessionId sessionId, String text, long expectedVersion) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_PLAN);
        GoalSession session = open(workspaceId, sessionId);
        String clean = text == null ? "" : text.strip();
        if (clean.length() > MAX_NOTES) {
            throw new InvalidInputException("notes", "session.error.tooLong", MAX_NOTES);
        }
        GoalSessionNotes stored = notes.findBySessionId(session.getId()).orElseThrow(WorkspaceNotFoundException::new);
        stored.requireVersion(expectedVersion);
        GoalpostPrincipal user = CurrentUser.require();
        stored.write(clean, user.userId(), user.displayName(), clock.instant());
        notes.saveAndFlush(stored);
        ensureJoined(session);
        publish(workspaceId, SessionEventKind.NOTES, session.getId(), null);
        return stored.getVersion();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public DecisionId addDecision(WorkspaceId workspaceId, SessionId sessionId, String text) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_PLAN);
        GoalSession session = open(workspaceId, sessionId);
        GoalpostPrincipal user = CurrentUser.require();
        long id = decisions.save(new GoalSessionDecision(session.getId(), decisionText(text), user.displayName(),
                clock.instant())).getId();
        ensureJoined(session);
        publish(workspaceId, SessionEventKind.DECISIONS, session.getId(), null);
        return new DecisionId(id);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void editDecision(WorkspaceId workspaceId, SessionId sessionId, DecisionId decisionId, String text,
            long expectedVersion) {
        GoalSessionDecision decision = decisionForEdit(workspaceId, sessionId, decisionId, expectedVersion);
        decision.setText(decisionText(text));
        publish(workspaceId, SessionEventKind.DECISIONS, sessionId.value(), null);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void removeDecision(WorkspaceId workspaceId, SessionId sessionId, DecisionId decisionId,
            long expectedVersion) {
        decisions.delete(decisionForEdit(workspaceId, sessionId, decisionId, expectedVersion));
        publish(workspaceId, SessionEventKind.DECISIONS, sessionId.value(), null);
    }

    /**
     * The facilitator opened a page of the workspace ({@code route}: its location, e.g. {@code w/7/scenarios/3}).
     * Scenarios the page opens or compares are recorded with the session; with {@code lead} the route is published
     * so that followers open the same page. A route outside the workspace is refused.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void facilitatorOpened(WorkspaceId workspaceId, SessionId sessionId, String route, boolean lead) {
        GoalSession session = facilitated(workspaceId, sessionId);
        String prefix = "w/" + workspaceId.value();
        String rest = route.equals(prefix) ? "" : route.startsWith(prefix + "/") ? route.substring(prefix.length() + 1)
                : route.startsWith(prefix + "?") ? route.substring(prefix.length()) : null;
        if (rest == null || !SAFE_ROUTE.matcher(rest).matches() || rest.contains("..")) {
            throw new InvalidInputException("route", "session.error.route");
        }
        Matcher m = SCENARIOS_ROUTE.matcher(rest);
        if (m.matches()) {
            Optional<Long> baseline = Optional.ofNullable(m.group(1)).map(Long::valueOf);
            boolean added = false;
            for (SessionScenarios.ScenarioRef s : scenarioDirectory.compared(workspaceId, baseline)) {
                added |= remember(session, s);
            }
            if (m.group(2) != null) {
                Optional<SessionScenarios.ScenarioRef> opened = scenarioDirectory.find(workspaceId,
                        Long.parseLong(m.group(2)));
                if (opened.isPresent()) {
                    added |= remember(session, opened.get());
                }
            }
            if (added) {
                publish(workspaceId, SessionEventKind.SCENARIOS, session.getId(), null);
            }
        }
        if (lead) {
            publish(workspaceId, SessionEventKind.LEAD, session.getId(), route);
        }
    }

    /**
     * Ends the session (its facilitator, or an owner/admin): the record keeps participants, notes, decisions and the
     * scenarios with their names as they are now.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void end(WorkspaceId workspaceId, SessionId sessionId, long expectedVersion) {
        Set<WorkspacePermission> granted = access.require(workspaceId.value(), WorkspacePermission.VIEW);
        GoalSession session = open(workspaceId, sessionId);
        if (session.getFacilitatorId() != CurrentUser.require().userId()
                && !granted.contains(WorkspacePermission.ADMINISTER)) {
            throw new WorkspaceNotFoundException();
        }
        session.requireVersion(expectedVersion);
        for (GoalSessionScenario s : scenarios.findBySessionIdOrderByFirstSeenAtAscIdAsc(session.getId())) {
            scenarioDirectory.find(workspaceId, s.getScenarioId()).ifPresent(now -> s.rename(now.name()));
        }
        session.end(clock.instant());
        publish(workspaceId, SessionEventKind.ENDED, session.getId(), null);
    }

    /** The workspace's ended sessions, newest first (the latest 50). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<SessionSummary> past(WorkspaceId workspaceId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return sessions.findTop50ByWorkspaceIdAndEndedAtIsNotNullOrderByStartedAtDescIdDesc(workspaceId.value())
                .stream()
                .map(s -> new SessionSummary(new SessionId(s.getId()), s.getTitle(), s.getFacilitatorName(),
                        s.getStartedAt(), s.getEndedAt(), participants.countBySessionId(s.getId()),
                        decisions.countBySessionId(s.getId())))
                .toList();
    }

    /** An ended session's record; a running or foreign one answers not-found. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public SessionRecord record(WorkspaceId workspaceId, SessionId sessionId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        GoalSession s = sessions.findByIdAndWorkspaceId(sessionId.value(), workspaceId.value())
                .filter(found -> !found.isOpen()).orElseThrow(WorkspaceNotFoundException::new);
        WorkspaceDetails workspace = workspaces.get(workspaceId);
        List<SessionScenarios.ScenarioRef> discussed = scenarios.findBySessionIdOrderByFirstSeenAtAscIdAsc(s.getId())
                .stream().map(r -> new SessionScenarios.ScenarioRef(r.getScenarioId(), r.getBaselineId(),
                        r.getScenarioName()))
                .toList();
        Long adoptedId = s.getAdoptedScenarioId();
        Optional<SessionScenarios.ScenarioRef> adopted = adoptedId == null ? Optional.empty()
                : discussed.stream().filter(r -> r.id() == adoptedId).findFirst();
        return new SessionRecord(new SessionId(s.getId()), workspace.id(), workspace.name(), workspace.timeZone(),
                s.getTitle(), s.getFacilitatorName(), s.getStartedAt(), s.getEndedAt(), agenda(s.getAgendaDone()),
                participantList(s.getId()), notes.findBySessionId(s.getId()).map(GoalSessionNotes::getNotes)
                        .orElse(""),
                decisions.findBySessionIdOrderByIdAsc(s.getId()).stream().map(GoalSessionDecision::getText).toList(),
                discussed, adopted);
    }

    /** The record as a Markdown document in the user's language. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public String markdown(WorkspaceId workspaceId, SessionId sessionId, Locale locale) {
        return SessionMarkdown.write(record(workspaceId, sessionId), locale);
    }

    /**
     * Called after a scenario save or adoption committed (in a transaction of its own): remembers it with the
     * workspace's running session.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void scenarioChanged(WorkspaceId workspaceId, long scenario, boolean adopted) {
        Optional<GoalSession> running = sessions.findByWorkspaceIdAndEndedAtIsNull(workspaceId.value());
        if (running.isEmpty()) {
            return;
        }
        GoalSession session = running.get();
        Optional<SessionScenarios.ScenarioRef> ref = scenarioDirectory.find(workspaceId, scenario);
        if (ref.isEmpty()) {
            return;
        }
        remember(session, ref.get());
        if (adopted) {
            session.setAdoptedScenarioId(scenario);
        }
        publish(workspaceId, SessionEventKind.SCENARIOS, session.getId(), null);
    }

    private boolean remember(GoalSession session, SessionScenarios.ScenarioRef ref) {
        if (scenarios.findBySessionIdAndScenarioId(session.getId(), ref.id()).isPresent()) {
            return false;
        }
        scenarios.save(new GoalSessionScenario(session.getId(), ref.id(), ref.baselineId(), ref.name(),
                clock.instant()));
        return true;
    }

    private SessionView view(GoalSession s, Set<WorkspacePermission> granted) {
        long me = CurrentUser.require().userId();
        List<SessionView.Participant> people = participantList(s.getId());
        Optional<GoalSessionNotes> shared = notes.findBySessionId(s.getId());
        List<SessionView.Decision> lines = decisions.findBySessionIdOrderByIdAsc(s.getId()).stream()
                .map(d -> new SessionView.Decision(new DecisionId(d.getId()), d.getText(), d.getAuthorName(),
                        d.getVersion()))
                .toList();
        return new SessionView(new SessionId(s.getId()), s.getTitle(), s.getFacilitatorId(), s.getFacilitatorName(),
                s.getStartedAt(), agenda(s.getAgendaDone()), s.getVersion(), people,
                shared.map(GoalSessionNotes::getNotes).orElse(""),
                shared.map(GoalSessionNotes::getUpdatedByName).orElse(""), shared.map(n -> n.getVersion()).orElse(0L),
                lines, granted.contains(WorkspacePermission.EDIT_PLAN), s.getFacilitatorId() == me,
                people.stream().anyMatch(p -> p.userId() == me),
                participants.findBySessionIdAndUserId(s.getId(), me).map(GoalSessionParticipant::isFollowing)
                        .orElse(false));
    }

    private List<SessionView.Participant> participantList(long sessionId) {
        return participants.findBySessionIdOrderByJoinedAtAscIdAsc(sessionId).stream()
                .map(p -> new SessionView.Participant(p.getUserId(), p.getUserName(), p.getJoinedAt())).toList();
    }

    /** True when the user had not joined yet. */
    private boolean ensureJoined(GoalSession session) {
        GoalpostPrincipal user = CurrentUser.require();
        if (participants.findBySessionIdAndUserId(session.getId(), user.userId()).isPresent()) {
            return false;
        }
        participants.save(new GoalSessionParticipant(session.getId(), user.userId(), user.displayName(),
                clock.instant()));
        return true;
    }

    private GoalSession open(WorkspaceId workspaceId, SessionId sessionId) {
        return sessions.findByIdAndWorkspaceId(sessionId.value(), workspaceId.value()).filter(GoalSession::isOpen)
                .orElseThrow(() -> new InvalidInputException("session", "session.error.ended"));
    }

    /** The open session, for its facilitator only (anyone else: not found, like a foreign id). */
    private GoalSession facilitated(WorkspaceId workspaceId, SessionId sessionId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        GoalSession session = open(workspaceId, sessionId);
        if (session.getFacilitatorId() != CurrentUser.require().userId()) {
            throw new WorkspaceNotFoundException();
        }
        return session;
    }

    private GoalSessionDecision decisionForEdit(WorkspaceId workspaceId, SessionId sessionId, DecisionId decisionId,
            long expectedVersion) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_PLAN);
        GoalSession session = open(workspaceId, sessionId);
        GoalSessionDecision decision = decisions.findByIdAndSessionId(decisionId.value(), session.getId())
                .orElseThrow(WorkspaceNotFoundException::new);
        decision.requireVersion(expectedVersion);
        return decision;
    }

    private static String decisionText(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("decision", "session.error.decisionRequired");
        }
        if (clean.length() > MAX_DECISION) {
            throw new InvalidInputException("decision", "session.error.tooLong", MAX_DECISION);
        }
        return clean;
    }

    private static Set<AgendaStep> agenda(String stored) {
        Set<AgendaStep> steps = EnumSet.noneOf(AgendaStep.class);
        Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).forEach(s -> steps.add(AgendaStep.valueOf(s)));
        return steps;
    }

    private void publish(WorkspaceId workspaceId, SessionEventKind kind, long sessionId, @Nullable String detail) {
        events.publishEvent(new SessionChanged(workspaceId, kind, sessionId,
                CurrentUser.get().map(GoalpostPrincipal::userId).orElse(0L), detail));
    }
}
