package app.goalpost.kpi;

import app.goalpost.kpi.internal.KpiAnnotation;
import app.goalpost.kpi.internal.KpiAnnotationRepository;
import app.goalpost.kpi.internal.KpiDefinition;
import app.goalpost.kpi.internal.KpiDefinitionRepository;
import app.goalpost.planning.DateRange;
import app.goalpost.review.RecordedTrigger;
import app.goalpost.review.ReviewService;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.security.Roles;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceChanged;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspacePermission;
import app.goalpost.workspace.WorkspaceService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes on a KPI's timeline, and the timeline as the chart and the report mark it (notes plus the workspace's review
 * triggers). Everyone with access reads; staff and client contributors (EDIT_PLAN) add notes and edit or delete
 * their own. KPIs and notes are looked up within the workspace after the access check: a guessed id of another
 * workspace is simply not found.
 */
@Service
public class KpiAnnotationService {

    public static final int MAX_TEXT = 300;

    private final KpiAnnotationRepository notes;
    private final KpiDefinitionRepository kpis;
    private final ReviewService reviews;
    private final WorkspaceService workspaces;
    private final WorkspaceAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    KpiAnnotationService(KpiAnnotationRepository notes, KpiDefinitionRepository kpis, ReviewService reviews,
            WorkspaceService workspaces, WorkspaceAccess access, Clock clock, ApplicationEventPublisher events) {
        this.notes = notes;
        this.kpis = kpis;
        this.reviews = reviews;
        this.workspaces = workspaces;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    /** A KPI's timeline over its period: its notes and the triggers raised meanwhile. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public KpiTimeline timeline(WorkspaceId workspaceId, KpiId kpiId) {
        Set<WorkspacePermission> granted = access.require(workspaceId.value(), WorkspacePermission.VIEW);
        KpiDefinition kpi = kpi(workspaceId, kpiId);
        DateRange period = DateRange.of(kpi.getPeriodStart(), kpi.getPeriodEnd());
        long me = CurrentUser.get().map(GoalpostPrincipal::userId).orElse(0L);
        List<KpiTimeline.Note> list = notes.findTop200ByWorkspaceIdAndKpiIdAndNoteDateBetweenOrderByNoteDateAscIdAsc(
                workspaceId.value(), kpiId.value(), period.start(), period.end()).stream()
                .map(n -> note(n, me)).toList();
        return new KpiTimeline(list, triggers(workspaceId, period), granted.contains(WorkspacePermission.EDIT_PLAN));
    }

    /** Every note on the workspace's KPIs and every trigger in a window (the client report's period). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public KpiTimeline inPeriod(WorkspaceId workspaceId, DateRange period) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        List<KpiTimeline.Note> list = notes.findTop200ByWorkspaceIdAndNoteDateBetweenOrderByNoteDateAscIdAsc(
                workspaceId.value(), period.start(), period.end()).stream().map(n -> note(n, 0)).toList();
        return new KpiTimeline(list, triggers(workspaceId, period), false);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public long add(WorkspaceId workspaceId, KpiId kpiId, @Nullable LocalDate day, @Nullable String text) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_PLAN);
        KpiDefinition kpi = kpi(workspaceId, kpiId);
        String note = validate(kpi, day, text);
        GoalpostPrincipal user = CurrentUser.require();
        long id = notes.save(new KpiAnnotation(workspaceId.value(), kpiId.value(), day, note, user.userId(),
                user.displayName(), clock.instant())).getId();
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.ANNOTATION, kpiId.value()));
        return id;
    }

    /** Changes the day and text of one's own note. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void edit(WorkspaceId workspaceId, AnnotationId annotationId, @Nullable LocalDate day,
            @Nullable String text) {
        KpiAnnotation note = own(workspaceId, annotationId);
        String checked = validate(kpi(workspaceId, new KpiId(note.getKpiId())), day, text);
        note.edit(day, checked, clock.instant());
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.ANNOTATION, note.getKpiId()));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void delete(WorkspaceId workspaceId, AnnotationId annotationId) {
        KpiAnnotation note = own(workspaceId, annotationId);
        notes.delete(note);
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.ANNOTATION, note.getKpiId()));
    }

    /** One's own note of the workspace: another person's note is not found either (nobody edits it for them). */
    private KpiAnnotation own(WorkspaceId workspaceId, AnnotationId annotationId) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_PLAN);
        KpiAnnotation note = notes.findByIdAndWorkspaceId(annotationId.value(), workspaceId.value())
                .orElseThrow(WorkspaceNotFoundException::new);
        if (note.getAuthorId() != CurrentUser.require().userId()) {
            throw new WorkspaceNotFoundException();
        }
        return note;
    }

    /** A note is about a day of the KPI's period (the chart shows nothing else) and says something, briefly. */
    private static String validate(KpiDefinition kpi, @Nullable LocalDate day, @Nullable String text) {
        if (day == null) {
            throw new InvalidInputException("day", "history.annotation.error.dayRequired");
        }
        if (day.isBefore(kpi.getPeriodStart()) || day.isAfter(kpi.getPeriodEnd())) {
            throw new InvalidInputException("day", "history.annotation.error.dayOutside", kpi.getPeriodStart(),
                    kpi.getPeriodEnd());
        }
        String note = text == null ? "" : text.strip();
        if (note.isEmpty()) {
            throw new InvalidInputException("text", "history.annotation.error.textRequired");
        }
        if (note.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "history.annotation.error.textTooLong", MAX_TEXT, note.length());
        }
        return note;
    }

    private KpiDefinition kpi(WorkspaceId workspaceId, KpiId kpiId) {
        return kpis.findByIdAndWorkspaceId(kpiId.value(), workspaceId.value())
                .orElseThrow(WorkspaceNotFoundException::new);
    }

    private List<KpiTimeline.Trigger> triggers(WorkspaceId workspaceId, DateRange period) {
        ZoneId zone = workspaces.get(workspaceId).timeZone();
        List<RecordedTrigger> raised = reviews.triggersRaised(workspaceId,
                period.start().atStartOfDay(zone).toInstant(), period.end().plusDays(1).atStartOfDay(zone).toInstant());
        return raised.stream().map(t -> new KpiTimeline.Trigger(LocalDate.ofInstant(t.raisedAt(), zone), t.kind(),
                t.reason(), t.raisedBy())).toList();
    }

    private static KpiTimeline.Note note(KpiAnnotation n, long me) {
        return new KpiTimeline.Note(n.getId(), n.getKpiId(), n.getNoteDate(), n.getText(), n.getAuthorName(),
                me != 0 && n.getAuthorId() == me);
    }
}
