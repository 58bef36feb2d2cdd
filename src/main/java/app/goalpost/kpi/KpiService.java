package app.goalpost.kpi;

import app.goalpost.history.Revision;
import app.goalpost.history.RevisionField;
import app.goalpost.history.RevisionLog;
import app.goalpost.history.RevisionSource;
import app.goalpost.history.RevisionSubject;
import app.goalpost.kpi.internal.KpiDefinition;
import app.goalpost.kpi.internal.KpiDefinitionRepository;
import app.goalpost.planning.DateRange;
import app.goalpost.security.Roles;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.WorkspaceChanged;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspacePermission;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * KPI definitions of a workspace: everyone with access reads them, agency staff with access define them
 * (EDIT_BASELINE). A KPI id is always looked up within the workspace, so a foreign id is simply not found.
 */
@Service
public class KpiService {

    static final int MAX_NAME = 120;
    /** Two years at most: a KPI paces one period; longer horizons are several KPIs. */
    static final int MAX_PERIOD_DAYS = 731;
    private static final BigDecimal MAX_TARGET = new BigDecimal("1000000000000");

    private final KpiDefinitionRepository kpis;
    private final WorkspaceAccess access;
    private final Clock clock;

    private final ApplicationEventPublisher events;
    private final RevisionLog revisions;

    KpiService(KpiDefinitionRepository kpis, WorkspaceAccess access, Clock clock, ApplicationEventPublisher events,
            RevisionLog revisions) {
        this.revisions = revisions;
        this.kpis = kpis;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<KpiSummary> list(WorkspaceId workspaceId, boolean includeArchived) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return (includeArchived ? kpis.findByWorkspaceIdOrderByNameAsc(workspaceId.value())
                : kpis.findByWorkspaceIdAndArchivedFalseOrderByNameAsc(workspaceId.value()))
                .stream().map(KpiService::summary).toList();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public KpiSummary get(WorkspaceId workspaceId, KpiId kpiId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return summary(find(workspaceId.value(), kpiId.value()));
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public long create(WorkspaceId workspaceId, KpiInput input) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        validate(input);
        if (kpis.existsByWorkspaceIdAndNameIgnoreCaseAndArchivedFalse(workspaceId.value(), input.name().strip())) {
            throw new InvalidInputException("name", "kpi.error.nameTaken");
        }
        long id = kpis.save(new KpiDefinition(workspaceId.value(), input, clock.instant())).getId();
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.KPI, id));
        return id;
    }

    /**
     * Saves new settings; fails with an optimistic-locking error if someone saved in between. A change of the
     * target, period or tolerance needs a reason ({@code reason} field) and is kept as a revision, written in this
     * transaction: the change and its history commit together or not at all.
     */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void update(WorkspaceId workspaceId, KpiId kpiId, KpiInput input, long expectedVersion,
            @Nullable String reason) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        KpiDefinition kpi = find(workspaceId.value(), kpiId.value());
        kpi.requireVersion(expectedVersion);
        validate(input);
        if (kpis.existsByWorkspaceIdAndNameIgnoreCaseAndArchivedFalseAndIdNot(workspaceId.value(), input.name().strip(),
                kpiId.value())) {
            throw new InvalidInputException("name", "kpi.error.nameTaken");
        }
        List<RevisionLog.Change> changes = changes(kpi, input);
        String why = changes.isEmpty() ? "" : RevisionLog.requireReason(reason);
        boolean targetChanged = kpi.getTarget().compareTo(input.target()) != 0;
        kpi.apply(input);
        revisions.record(workspaceId, changes, why, RevisionSource.USER);
        events.publishEvent(WorkspaceChanged.of(workspaceId, targetChanged ? ChangeKind.TARGET : ChangeKind.KPI,
                kpiId.value()));
    }

    /** One page of a KPI's revision history, newest first; {@code belowId} continues after the last row shown. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Revision> history(WorkspaceId workspaceId, KpiId kpiId, Optional<Long> belowId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        find(workspaceId.value(), kpiId.value());
        return revisions.history(workspaceId, RevisionSubject.KPI, kpiId.value(), belowId);
    }

    /** The recorded fields that differ between a stored KPI and new input (the name and kind are not tracked). */
    static List<RevisionLog.Change> changes(KpiDefinition kpi, KpiInput input) {
        List<RevisionLog.Change> out = new ArrayList<>();
        if (kpi.getTarget().compareTo(input.target()) != 0) {
            out.add(RevisionLog.Change.target(kpi.getId(), kpi.getTarget(), input.target()));
        }
        if (!kpi.getPeriodStart().equals(input.periodStart()) || !kpi.getPeriodEnd().equals(input.periodEnd())) {
            out.add(RevisionLog.Change.text(RevisionSubject.KPI, kpi.getId(), RevisionField.PERIOD,
                    kpi.getPeriodStart() + "/" + kpi.getPeriodEnd(), input.periodStart() + "/" + input.periodEnd()));
        }
        if (kpi.getTolerance().compareTo(input.tolerance()) != 0) {
            out.add(RevisionLog.Change.text(RevisionSubject.KPI, kpi.getId(), RevisionField.TOLERANCE,
                    kpi.getTolerance().stripTrailingZeros().toPlainString(),
                    input.tolerance().stripTrailingZeros().toPlainString()));
        }
        return out;
    }

    /**
     * "Duplicate the chart" (method step 4, docs/method.md): a new KPI with the same settings and a free name, without actuals,
     * to be tracked independently.
     */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public long duplicate(WorkspaceId workspaceId, KpiId kpiId, String copySuffix) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        KpiSummary source = summary(find(workspaceId.value(), kpiId.value()));
        String base = source.name() + " " + copySuffix.strip();
        String name = base;
        for (int n = 2; kpis.existsByWorkspaceIdAndNameIgnoreCaseAndArchivedFalse(workspaceId.value(), name); n++) {
            name = base + " " + n;
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException("name", "kpi.error.nameTooLong", MAX_NAME);
        }
        long id = kpis.save(new KpiDefinition(workspaceId.value(), source.toInput().withName(name),
                clock.instant())).getId();
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.KPI, id));
        return id;
    }

    /** Archives instead of deleting: actuals stay, the KPI leaves the dashboard; restoring needs a free name. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void setArchived(WorkspaceId workspaceId, KpiId kpiId, boolean archived) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        KpiDefinition kpi = find(workspaceId.value(), kpiId.value());
        if (!archived && kpi.isArchived()
                && kpis.existsByWorkspaceIdAndNameIgnoreCaseAndArchivedFalse(workspaceId.value(), kpi.getName())) {
            throw new InvalidInputException("name", "kpi.error.nameTaken");
        }
        kpi.setArchived(archived);
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.KPI, kpiId.value()));
    }

    private KpiDefinition find(long workspaceId, long kpiId) {
        return kpis.findByIdAndWorkspaceId(kpiId, workspaceId).orElseThrow(WorkspaceNotFoundException::new);
    }

    static void validate(KpiInput in) {
        if (in.name() == null || in.name().isBlank()) {
            throw new InvalidInputException("name", "kpi.error.nameRequired");
        }
        if (in.name().strip().length() > MAX_NAME) {
            throw new InvalidInputException("name", "kpi.error.nameTooLong", MAX_NAME);
        }
        if (in.unit() == null) {
            throw new InvalidInputException("unit", "kpi.error.required");
        }
        if (in.direction() == null) {
            throw new InvalidInputException("direction", "kpi.error.required");
        }
        if (in.aggregation() == null) {
            throw new InvalidInputException("aggregation", "kpi.error.required");
        }
        if (in.target() == null) {
            throw new InvalidInputException("target", "kpi.error.required");
        }
        if (in.target().compareTo(MAX_TARGET) >= 0) {
            throw new InvalidInputException("target", "kpi.error.targetTooLarge");
        }
        if (in.target().signum() <= 0 || in.target().scale() > 4) {
            throw new InvalidInputException("target", "kpi.error.target");
        }
        if (in.periodStart() == null) {
            throw new InvalidInputException("periodStart", "kpi.error.required");
        }
        if (in.periodEnd() == null) {
            throw new InvalidInputException("periodEnd", "kpi.error.required");
        }
        if (in.periodEnd().isBefore(in.periodStart())) {
            throw new InvalidInputException("periodEnd", "kpi.error.periodOrder");
        }
        if (DateRange.of(in.periodStart(), in.periodEnd()).days() > MAX_PERIOD_DAYS) {
            throw new InvalidInputException("periodEnd", "kpi.error.periodLength", MAX_PERIOD_DAYS);
        }
        if (in.tolerance() == null || in.tolerance().signum() < 0 || in.tolerance().compareTo(new BigDecimal("0.5")) > 0
                || in.tolerance().scale() > 4) {
            throw new InvalidInputException("tolerance", "kpi.error.tolerance");
        }
        if (in.stageKey().map(String::strip).orElse("").length() > 60) {
            throw new InvalidInputException("stageKey", "kpi.error.stageKey");
        }
    }

    static KpiSummary summary(KpiDefinition k) {
        return new KpiSummary(k.getId(), k.getWorkspaceId(), k.getName(), k.getUnit(), k.getDirection(),
                k.getAggregation(), k.getTarget(), DateRange.of(k.getPeriodStart(), k.getPeriodEnd()),
                k.getTolerance(), Optional.ofNullable(k.getStageKey()), Optional.ofNullable(k.getSourceScenarioId()),
                k.isArchived(), k.getVersion());
    }
}
