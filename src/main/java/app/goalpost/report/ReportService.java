package app.goalpost.report;

import app.goalpost.funnel.BaselineData;
import app.goalpost.funnel.Benchmarks;
import app.goalpost.funnel.FunnelService;
import app.goalpost.kpi.Dashboard;
import app.goalpost.kpi.KpiAnnotationService;
import app.goalpost.kpi.KpiPacing;
import app.goalpost.kpi.PacingService;
import app.goalpost.planning.Message;
import app.goalpost.planning.lever.LeverAnalysis;
import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.report.internal.ReportChange;
import app.goalpost.report.internal.ReportChangeRepository;
import app.goalpost.review.PastReview;
import app.goalpost.review.ReviewService;
import app.goalpost.scenario.ScenarioData;
import app.goalpost.scenario.ScenarioService;
import app.goalpost.security.Roles;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspacePermission;
import app.goalpost.workspace.WorkspaceService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client report of a workspace: read by everyone who may see the workspace (clients included), built only
 * from the features' own services, so every access check of theirs applies too. A workspace the reader may not
 * see answers not-found, like everywhere else.
 */
@Service
public class ReportService {

    private final WorkspaceService workspaces;
    private final WorkspaceAccess access;
    private final PacingService pacing;
    private final FunnelService funnels;
    private final Benchmarks benchmarks;
    private final ScenarioService scenarios;
    private final ReviewService reviews;
    private final BrandingService branding;
    private final ReportChangeRepository changes;
    private final ReportPdf pdf;
    private final KpiAnnotationService annotations;

    ReportService(WorkspaceService workspaces, WorkspaceAccess access, PacingService pacing, FunnelService funnels,
            Benchmarks benchmarks, ScenarioService scenarios, ReviewService reviews, BrandingService branding,
            ReportChangeRepository changes, ReportPdf pdf, KpiAnnotationService annotations) {
        this.annotations = annotations;
        this.workspaces = workspaces;
        this.access = access;
        this.pacing = pacing;
        this.funnels = funnels;
        this.benchmarks = benchmarks;
        this.scenarios = scenarios;
        this.reviews = reviews;
        this.branding = branding;
        this.changes = changes;
        this.pdf = pdf;
    }

    /** The periods a reader can pick: the current one and the eleven before it. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ReportPeriod> periods(WorkspaceId workspaceId, ReportPeriod.Kind kind) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return ReportPeriod.recent(kind, pacing.today(workspaceId), 12);
    }

    /**
     * The report of one period. {@code locale} is the reader's: French for French readers, English otherwise;
     * money in the workspace currency.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public ClientReport report(WorkspaceId workspaceId, ReportPeriod period, Locale locale) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        WorkspaceDetails w = workspaces.get(workspaceId);
        LocalDate today = pacing.today(workspaceId);
        LocalDate asOf = period.end().isAfter(today) ? today : period.end();
        Dashboard now = pacing.dashboard(workspaceId, asOf);
        Dashboard before = pacing.dashboard(workspaceId, period.start().minusDays(1));
        List<KpiPacing> kpis = now.kpis().stream()
                .filter(k -> !k.kpi().period().end().isBefore(period.start())
                        && !k.kpi().period().start().isAfter(period.end()))
                .toList();
        Optional<BaselineData> baseline = funnels.currentBaseline(workspaceId);
        List<Message> findings = baseline.flatMap(b -> b.funnel(w.currency()))
                .map(f -> LeverAnalysis.of(f, benchmarks.forIndustry(w.industry())).findings())
                .orElse(List.of());
        List<ScenarioData> plans = scenarios.adopted(workspaceId);
        List<PastReview> held = reviews.page(workspaceId).history().stream()
                .filter(r -> period.contains(r.date()))
                .sorted(Comparator.comparing(PastReview::date)).toList();
        List<ClientReport.Change> changed = changes(workspaceId, w, period, kpis, before, plans, held);
        Locale language = locale.getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
        return new ClientReport(branding.branding(), w.id(), w.name(), w.currency(), w.timeZone(), language, locale,
                period, asOf, kpis, baseline, plans, findings, held, changed,
                annotations.inPeriod(workspaceId, app.goalpost.planning.DateRange.of(period.start(), period.end())));
    }

    /** The last complete period of a kind in the workspace's days: what a scheduled delivery sends. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public ReportPeriod lastCompletePeriod(WorkspaceId workspaceId, ReportPeriod.Kind kind) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return ReportPeriod.lastComplete(kind, pacing.today(workspaceId));
    }

    /** A report already built (and access-checked) as a PDF. */
    @PreAuthorize(Roles.SIGNED_IN)
    public byte[] pdf(ClientReport report) {
        access.require(report.workspaceId(), WorkspacePermission.VIEW);
        return pdf.render(report);
    }

    /** The report as a PDF (A4, the same content and charts as the page). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public byte[] pdf(WorkspaceId workspaceId, ReportPeriod period, Locale locale) {
        return pdf.render(report(workspaceId, period, locale));
    }

    private List<ClientReport.Change> changes(WorkspaceId workspaceId, WorkspaceDetails w, ReportPeriod period,
            List<KpiPacing> kpis, Dashboard before, List<ScenarioData> plans, List<PastReview> held) {
        List<ClientReport.Change> out = new ArrayList<>();
        Map<Long, PacingStatus> previous = new HashMap<>();
        before.kpis().forEach(k -> previous.put(k.kpi().id(), k.status()));
        Map<Long, String> names = new HashMap<>();
        for (KpiPacing k : kpis) {
            names.put(k.kpi().id(), k.kpi().name());
            PacingStatus was = previous.get(k.kpi().id());
            // "not started" to "no actuals yet" says nothing: only moves to or between paced statuses count
            boolean paced = k.status() != PacingStatus.NO_DATA && k.status() != PacingStatus.NOT_STARTED;
            if (was != null && was != k.status() && paced) {
                out.add(new ClientReport.Change(ClientReport.Change.Type.STATUS, k.kpi().name(),
                        k.result().date(), Optional.of(was), Optional.of(k.status())));
            }
        }
        for (ReportChange c : changes.findByWorkspaceIdAndChangedAtGreaterThanEqualAndChangedAtLessThanOrderByChangedAtAsc(
                workspaceId.value(), period.start().atStartOfDay(w.timeZone()).toInstant(),
                period.end().plusDays(1).atStartOfDay(w.timeZone()).toInstant())) {
            String name = names.get(c.getSubjectId());
            if (c.getKind() == ChangeKind.TARGET && name != null) {
                out.add(new ClientReport.Change(ClientReport.Change.Type.TARGET, name,
                        LocalDate.ofInstant(c.getChangedAt(), w.timeZone()), Optional.empty(), Optional.empty()));
            }
        }
        for (ScenarioData plan : plans) {
            plan.adoptedAt().map(at -> LocalDate.ofInstant(at, w.timeZone())).filter(period::contains)
                    .ifPresent(day -> out.add(new ClientReport.Change(ClientReport.Change.Type.PLAN_ADOPTED,
                            plan.name(), day, Optional.empty(), Optional.empty())));
        }
        for (PastReview r : held) {
            out.add(new ClientReport.Change(ClientReport.Change.Type.REVIEW, r.decision().name(), r.date(),
                    Optional.empty(), Optional.empty()));
        }
        out.sort(Comparator.comparing(ClientReport.Change::day));
        return out;
    }
}
