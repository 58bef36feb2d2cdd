package app.goalpost.kpi.ui;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.KpiAnnotationService;
import app.goalpost.kpi.KpiTimeline;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiPacing;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.PacingService;
import app.goalpost.planning.pacing.PacingResult;
import app.goalpost.shared.ui.Formats;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import app.goalpost.workspace.ui.Discussions;
import app.goalpost.workspace.DiscussionSubject;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspacePermission;
import app.goalpost.workspace.WorkspaceService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * One KPI: its pacing in words and numbers, the full KPI-vs-time chart, and its actuals (editable by staff and
 * client contributors). The KPI id is looked up within the workspace: a foreign id is "not found".
 */
@Route("w/:workspaceId/kpis/:kpiId")
@PermitAll
@StyleSheet("context://goalpost/kpi.css")
class KpiDetailView extends WorkspaceScopedView {

    static final String KPI_ID = "kpiId";

    private final transient PacingService pacing;
    private final transient ActualsService actuals;
    private final transient KpiService kpis;
    private final transient KpiAnnotationService annotations;
    private final KpiChart chart = new KpiChart(false);
    private KpiAnnotationsPanel notes;
    private final Div summary = new Div();
    private WorkspaceDetails workspace;
    private KpiId kpiId;
    private final transient Discussions discussions; // the comment thread (issue 12)

    KpiDetailView(WorkspaceService workspaces, PacingService pacing, ActualsService actuals, KpiService kpis,
            Discussions discussions, KpiAnnotationService annotations) {
        super(workspaces);
        this.discussions = discussions;
        this.annotations = annotations;
        this.pacing = pacing;
        this.actuals = actuals;
        this.kpis = kpis;
    }

    @Override
    protected void onOpen(WorkspaceDetails w, BeforeEnterEvent event) {
        this.workspace = w;
        this.kpiId = parseId(event.getRouteParameters().get(KPI_ID).orElse(""), KpiId::new);
        KpiPacing p = pacing.pacing(w.workspaceId(), kpiId);
        H2 title = new H2(p.kpi().name());
        title.setId("kpi-title");
        HorizontalLayout header = new HorizontalLayout(title);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (p.kpi().archived()) {
            Span archived = new Span(getTranslation("kpi.archived"));
            archived.getElement().getThemeList().add("badge contrast");
            header.add(archived);
        }
        add(header);
        summary.setId("kpi-summary");
        summary.addClassName("gp-kpi-facts");
        chart.setId("kpi-chart");
        add(summary, chart);
        KpiTimeline timeline = annotations.timeline(w.workspaceId(), kpiId);
        show(p, timeline);
        notes = new KpiAnnotationsPanel(annotations, w.workspaceId(), p.kpi(), timeline, p.result().date(),
                this::refresh);
        add(notes);
        add(new H3(getTranslation("kpi.actuals.title")));
        add(new ActualsEditor(actuals, w, p.kpi(), w.can(WorkspacePermission.EDIT_PLAN), this::refresh));
        add(new KpiHistorySection(kpis, w, p.kpi(), getLocale()));
        add(discussions.thread(w, DiscussionSubject.KPI, kpiId.value()));
    }

    private void refresh() {
        KpiTimeline timeline = annotations.timeline(workspace.workspaceId(), kpiId);
        show(pacing.pacing(workspace.workspaceId(), kpiId), timeline);
        notes.show(timeline);
    }

    private void show(KpiPacing p, KpiTimeline timeline) {
        PacingResult r = p.result();
        KpiFormat format = KpiFormat.of(p.kpi(), workspace.currency(), getLocale());
        summary.removeAll();
        boolean budget = p.kpi().kind() == app.goalpost.kpi.KpiKind.BUDGET;
        StatusBadge badge = new StatusBadge(p.status(), p.kpi().kind());
        badge.setId("kpi-status");
        summary.add(fact("kpi.fact.status", badge));
        if (p.kpi().cumulative()) {
            summary.add(fact(p.kpi().kind() == app.goalpost.kpi.KpiKind.BUDGET ? "kpi.fact.spent"
                    : "kpi.fact.achieved", r.actual().isPresent()
                    ? getTranslation("kpi.fact.achievedValue", format.value(r.actual().getAsDouble()),
                            format.value(p.kpi().target()), format.share(r.achieved()))
                    : getTranslation("kpi.fact.noActuals"), "kpi-achieved"));
        } else {
            summary.add(fact("kpi.fact.current", r.actual().isPresent()
                    ? getTranslation("kpi.fact.currentValue", format.value(r.actual().getAsDouble()),
                            format.value(p.kpi().target()))
                    : getTranslation("kpi.fact.noActuals"), "kpi-achieved"));
        }
        summary.add(fact("kpi.fact.elapsed", getTranslation("kpi.fact.elapsedValue", format.share(r.elapsed()),
                Formats.date(p.kpi().period().start(), getLocale()), Formats.date(p.kpi().period().end(), getLocale())),
                "kpi-elapsed"));
        if (p.kpi().cumulative()) {
            summary.add(fact(r.seasonal() ? "kpi.fact.expectedSeasonal" : "kpi.fact.expected",
                    format.share(r.expected()), "kpi-expected"));
            summary.add(fact("kpi.fact.projection", r.projection().isPresent()
                    ? getTranslation(budget ? "kpi.fact.projectionValueBudget" : "kpi.fact.projectionValue",
                            format.value(r.projection().getAsDouble()),
                            format.share(r.projectionShare().getAsDouble()))
                    : getTranslation("kpi.fact.noActuals"), "kpi-projection"));
        }
        // a budget's rule is not "lower is better": spending less than planned is not a win either
        summary.add(fact("kpi.fact.rule", getTranslation("kpi.fact.ruleValue", getTranslation(budget
                ? "kpi.kind.BUDGET" : "kpi.direction." + p.kpi().direction().name()),
                format.share(p.kpi().tolerance().doubleValue())), "kpi-rule"));
        chart.show(p, timeline, r.date(), format, this::getTranslation);
    }

    private Div fact(String labelKey, String value, String id) {
        Span text = new Span(value);
        text.addClassName("gp-fact-value");
        text.setId(id);
        return fact(labelKey, text);
    }

    private Div fact(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("gp-fact-label");
        Div fact = new Div(label, value);
        fact.addClassName("gp-fact");
        return fact;
    }

    /** The KPI does not exist in another workspace: the switcher lands on that workspace's KPI list. */
    @Override
    public Class<? extends Component> switchTarget() {
        return KpiListView.class;
    }

    @Override
    protected String titleKey() {
        return "kpi.detail.title";
    }
}
