package app.goalpost.review;

import app.goalpost.review.KpiTracks.WorkspaceRef;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled evaluation of every workspace of every agency ({@link TriggerDetectionSchedule} runs it on one node
 * at a time). One system-scope query lists the workspaces with a KPI current somewhere on Earth today (only they
 * can meet a rule); then each agency runs in its own tenant scope ({@link TenantContext#runAsTenant}), workspace by
 * workspace, each in the workspace's own day. A failing workspace is logged and the others go on.
 */
@Component
public class TriggerDetectionJob {

    private static final Logger log = LoggerFactory.getLogger(TriggerDetectionJob.class);

    private final KpiTracks tracks;
    private final TriggerDetectionService detection;
    private final Clock clock;
    private final TransactionTemplate tx;

    TriggerDetectionJob(KpiTracks tracks, TriggerDetectionService detection, Clock clock,
            PlatformTransactionManager transactions) {
        this.tracks = tracks;
        this.detection = detection;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setReadOnly(true);
    }

    /** Evaluates every workspace now; returns the number of triggers raised. Never as a signed-in user. */
    public int evaluateAll() {
        if (SecurityContextHolder.getContext().getAuthentication() != null) {
            return 0;
        }
        // today in UTC ± 1 day covers every time zone's today (UTC−12 to UTC+14)
        LocalDate utc = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<WorkspaceRef> refs = TenantContext.runAsSystem(() -> tx.execute(s ->
                tracks.workspacesWithKpisBetween(utc.minusDays(1), utc.plusDays(1))));
        Map<Long, List<Long>> byAgency = new LinkedHashMap<>();
        for (WorkspaceRef r : refs) {
            byAgency.computeIfAbsent(r.agencyId(), a -> new java.util.ArrayList<>()).add(r.workspaceId());
        }
        int raised = 0;
        for (var agency : byAgency.entrySet()) {
            raised += TenantContext.runAsTenant(agency.getKey(), () -> {
                int n = 0;
                for (long workspaceId : agency.getValue()) {
                    try {
                        n += detection.evaluateInJob(new WorkspaceId(workspaceId));
                    } catch (WorkspaceNotFoundException archived) {
                        // an archived workspace is not reviewed
                    } catch (RuntimeException e) {
                        log.warn("Trigger detection of workspace {} failed: {}", workspaceId, e.toString());
                    }
                }
                return n;
            });
        }
        return raised;
    }
}
