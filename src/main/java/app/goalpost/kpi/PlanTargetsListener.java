package app.goalpost.kpi;

import app.goalpost.history.RevisionLog;
import app.goalpost.history.RevisionSource;
import app.goalpost.kpi.internal.KpiDefinition;
import app.goalpost.kpi.internal.KpiDefinitionRepository;
import app.goalpost.scenario.PlanAdopted;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspacePermission;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.WorkspaceChanged;
import app.goalpost.workspace.WorkspaceId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracks an adopted plan: one cumulative count KPI per stage target, created on first adoption and updated
 * (target and period; the name stays as the team may have renamed it) when the same scenario is adopted again, or
 * when the plan replaces one whose KPIs track the same stage (a re-plan: they move over to the new plan).
 * Runs in the adopting user's transaction, which the scenario feature has already authorised.
 */
@Component
class PlanTargetsListener {

    private final KpiDefinitionRepository kpis;
    private final WorkspaceAccess access;
    private final Clock clock;

    private final ApplicationEventPublisher events;
    private final RevisionLog revisions;

    PlanTargetsListener(KpiDefinitionRepository kpis, WorkspaceAccess access, Clock clock,
            ApplicationEventPublisher events, RevisionLog revisions) {
        this.revisions = revisions;
        this.events = events;
        this.kpis = kpis;
        this.access = access;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onPlanAdopted(PlanAdopted plan) {
        if (!plan.createKpis()) {
            return;
        }
        access.require(plan.workspaceId(), WorkspacePermission.EDIT_PLAN);
        List<KpiDefinition> linked = new ArrayList<>(
                kpis.findByWorkspaceIdAndSourceScenarioId(plan.workspaceId(), plan.scenarioId()));
        // the KPIs of the plans this one replaced follow it: the same KPI gets the new target (a re-plan), no twin
        for (long replaced : plan.supersededScenarioIds()) {
            kpis.findByWorkspaceIdAndSourceScenarioId(plan.workspaceId(), replaced).stream()
                    .filter(k -> !k.isArchived()).forEach(linked::add);
        }
        for (PlanAdopted.StageTarget target : plan.targets()) {
            if (target.wholeUnits() <= 0) {
                continue; // nothing to pace: a KPI target must be positive
            }
            Optional<KpiDefinition> existing = linked.stream().filter(k -> tracks(k, target)).findFirst();
            KpiInput input = KpiInput.count(existing.map(KpiDefinition::getName).orElse(""), target.wholeUnits(),
                    plan.periodStart(), plan.periodEnd()).withStageKey(target.stageKey());
            if (existing.isPresent()) {
                KpiDefinition kpi = existing.get();
                kpi.setSourceScenarioId(plan.scenarioId());
                KpiInput adopted = new KpiInput(kpi.getName(), kpi.getUnit(), kpi.getDirection(),
                        kpi.getAggregation(), BigDecimal.valueOf(target.wholeUnits()), plan.periodStart(),
                        plan.periodEnd(), kpi.getTolerance(), input.stageKey());
                // the adoption is the reason: the history names the plan (rendered "Plan adopted: <name>")
                List<RevisionLog.Change> changes = KpiService.changes(kpi, adopted);
                kpi.apply(adopted);
                revisions.record(new WorkspaceId(plan.workspaceId()), changes, plan.scenarioName(),
                        RevisionSource.PLAN);
                events.publishEvent(WorkspaceChanged.of(new WorkspaceId(plan.workspaceId()), ChangeKind.TARGET,
                        kpi.getId()));
            } else {
                KpiInput named = input.withName(freeName(plan.workspaceId(), target.stageName(), plan.scenarioName()));
                KpiService.validate(named);
                KpiDefinition kpi = new KpiDefinition(plan.workspaceId(), named, clock.instant());
                kpi.setSourceScenarioId(plan.scenarioId());
                kpis.save(kpi);
                events.publishEvent(WorkspaceChanged.of(new WorkspaceId(plan.workspaceId()), ChangeKind.KPI,
                        kpi.getId()));
            }
        }
    }

    /**
     * Whether a KPI already linked to the scenario tracks this stage: by benchmark key, or for a stage the user
     * gave no key, by the name the KPI was created with.
     */
    private static boolean tracks(KpiDefinition kpi, PlanAdopted.StageTarget target) {
        if (target.stageKey() != null) {
            return target.stageKey().equals(kpi.getStageKey());
        }
        return kpi.getStageKey() == null && kpi.getName().startsWith(target.stageName() + " · ");
    }

    private String freeName(long workspaceId, String stage, String scenario) {
        String base = clip(stage + " · " + scenario, KpiService.MAX_NAME - 4);
        String name = base;
        for (int n = 2; kpis.existsByWorkspaceIdAndNameIgnoreCaseAndArchivedFalse(workspaceId, name); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max).strip();
    }
}
