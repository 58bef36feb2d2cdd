package app.goalpost.review;

import app.goalpost.review.KpiTracks.TrackedKpi;
import app.goalpost.review.TriggerRules.Holding;
import app.goalpost.review.internal.LastClosed;
import app.goalpost.review.internal.ReviewThreshold;
import app.goalpost.review.internal.ReviewThresholdRepository;
import app.goalpost.review.internal.ReviewTrigger;
import app.goalpost.review.internal.ReviewTriggerRepository;
import app.goalpost.security.Roles;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceChanged;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspacePermission;
import app.goalpost.workspace.WorkspaceService;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Triggers detected from the data ({@link TriggerRules}) and the thresholds they use. Everyone with access reads
 * the thresholds; agency staff (EDIT_BASELINE, like the review policy) edit them. An evaluation reads a workspace
 * in a fixed number of queries (workspace, thresholds, KPIs, all their actuals, open keys, last closings) and
 * stores each new trigger in its own transaction: the unique open key lets only one of two simultaneous
 * evaluations store it, and the other simply finds it raised. A trigger is raised by nobody: its events carry
 * actor 0.
 */
@Service
public class TriggerDetectionService {

    private static final Logger log = LoggerFactory.getLogger(TriggerDetectionService.class);
    private static final int MAX_NAME = 200;

    private final ReviewThresholdRepository thresholds;
    private final ReviewTriggerRepository triggers;
    private final KpiTracks tracks;
    private final WorkspaceService workspaces;
    private final WorkspaceAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate read;
    private final TransactionTemplate write;

    TriggerDetectionService(ReviewThresholdRepository thresholds, ReviewTriggerRepository triggers, KpiTracks tracks,
            WorkspaceService workspaces, WorkspaceAccess access, Clock clock, ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.thresholds = thresholds;
        this.triggers = triggers;
        this.tracks = tracks;
        this.workspaces = workspaces;
        this.access = access;
        this.clock = clock;
        this.events = events;
        // new transactions: evaluations also run right after another transaction committed (a save's listener),
        // where joining that finished transaction would write nothing
        this.read = new TransactionTemplate(transactions);
        this.read.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.read.setReadOnly(true);
        this.write = new TransactionTemplate(transactions);
        this.write.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The thresholds in force in a workspace (its own, or the defaults). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public DetectionSettings settings(WorkspaceId workspaceId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return thresholds.findByWorkspaceId(workspaceId.value())
                .map(t -> new DetectionSettings(t.thresholds(), t.getVersion(), true))
                .orElseGet(() -> new DetectionSettings(DetectionThresholds.defaults(), -1, false));
    }

    /**
     * Saves the thresholds; {@code expectedVersion} is the one the page loaded ({@code -1}: none saved yet). Each
     * value out of range is refused at its field, and nothing is saved.
     */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void updateThresholds(WorkspaceId workspaceId, DetectionThresholds values, long expectedVersion) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        check("cpaOverPercent", values.cpaOverPercent(), DetectionThresholds.MIN_PERCENT,
                DetectionThresholds.MAX_PERCENT);
        check("cpaDays", values.cpaDays(), DetectionThresholds.MIN_DAYS, DetectionThresholds.MAX_DAYS);
        check("behindDays", values.behindDays(), DetectionThresholds.MIN_DAYS, DetectionThresholds.MAX_DAYS);
        Optional<ReviewThreshold> saved = thresholds.findByWorkspaceId(workspaceId.value());
        if (saved.isPresent()) {
            saved.get().requireVersion(expectedVersion);
            saved.get().apply(values, clock.instant());
        } else if (expectedVersion != -1) {
            throw new ObjectOptimisticLockingFailureException(ReviewThreshold.class, workspaceId.value());
        } else {
            thresholds.save(new ReviewThreshold(workspaceId.value(), values, clock.instant()));
        }
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.REVIEW, 0));
    }

    private static void check(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, "review.detection.error.range", min, max);
        }
    }

    /**
     * Evaluates the rules in a workspace the signed-in user may see (after their save, or their thresholds) and
     * stores the triggers that are newly holding; returns how many. Runs in transactions of its own.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public int evaluate(WorkspaceId workspaceId) {
        return evaluate(workspaceId, workspaces::get);
    }

    /** The same for the scheduled job, in a tenant scope with nobody signed in ({@link TenantContext#requireJobScope}). */
    @PermitAll
    public int evaluateInJob(WorkspaceId workspaceId) {
        TenantContext.requireJobScope();
        return evaluate(workspaceId, workspaces::getInJob);
    }

    private int evaluate(WorkspaceId workspaceId, Function<WorkspaceId, WorkspaceDetails> open) {
        record Found(LocalDate today, List<Holding> fresh) {
        }
        Found found = read.execute(s -> {
            WorkspaceDetails w = open.apply(workspaceId);
            LocalDate today = LocalDate.now(clock.withZone(w.timeZone()));
            List<TrackedKpi> kpis = tracks.current(workspaceId, today);
            if (kpis.isEmpty()) {
                return new Found(today, List.of());
            }
            DetectionThresholds limits = thresholds.findByWorkspaceId(workspaceId.value())
                    .map(ReviewThreshold::thresholds).orElseGet(DetectionThresholds::defaults);
            Set<String> alreadyOpen = new HashSet<>(triggers.openKeys(workspaceId.value()));
            Map<String, LocalDate> notBefore = new HashMap<>();
            for (LastClosed c : triggers.lastClosed(workspaceId.value())) {
                notBefore.put(TriggerRules.openKey(c.kind(), c.subjectKey()), c.reviewDate().plusDays(1));
            }
            return new Found(today, TriggerRules.holding(limits, today, kpis, notBefore).stream()
                    .filter(h -> !alreadyOpen.contains(h.openKey())).toList());
        });
        int raised = 0;
        for (Holding h : found.fresh()) {
            if (raise(workspaceId, h, found.today())) {
                raised++;
            }
        }
        return raised;
    }

    private boolean raise(WorkspaceId workspaceId, Holding h, LocalDate today) {
        try {
            write.executeWithoutResult(s -> {
                ReviewTrigger t = triggers.saveAndFlush(ReviewTrigger.detected(workspaceId.value(), h.kind(),
                        h.subjectKey(), h.openKey(), h.subjectKpiId(), h.spendKpiId().orElse(null),
                        clip(h.subjectName()), h.spendName().map(TriggerDetectionService::clip).orElse(null),
                        decimal(h.planned()), decimal(h.actual()), h.thresholdPercent(), h.days(), h.since(), today,
                        clock.instant()));
                events.publishEvent(new WorkspaceChanged(workspaceId, ChangeKind.REVIEW, t.getId(), 0));
                events.publishEvent(new ReviewTriggerRaised(workspaceId, t.getId(), h.kind(), 0));
            });
            return true;
        } catch (DataIntegrityViolationException race) {
            // another evaluation (the other node, or a save's) stored this open trigger a moment ago
            log.debug("Trigger {} of workspace {} was raised concurrently", h.openKey(), workspaceId.value());
            return false;
        }
    }

    private static @Nullable BigDecimal decimal(OptionalDouble value) {
        return value.isPresent() && Double.isFinite(value.getAsDouble())
                ? BigDecimal.valueOf(value.getAsDouble()).setScale(4, RoundingMode.HALF_UP) : null;
    }

    private static String clip(String s) {
        return s.length() <= MAX_NAME ? s : s.substring(0, MAX_NAME);
    }
}
