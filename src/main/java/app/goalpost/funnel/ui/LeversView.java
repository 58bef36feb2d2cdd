package app.goalpost.funnel.ui;

import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.ui.WorkspacePageView;
import app.goalpost.workspace.ui.WorkspacePage;
import app.goalpost.shared.ui.EngineText;
import app.goalpost.funnel.BaselineData;
import app.goalpost.funnel.Benchmarks;
import app.goalpost.funnel.FunnelService;
import app.goalpost.planning.benchmark.BenchmarkSet;
import app.goalpost.planning.benchmark.Estimate;
import app.goalpost.planning.funnel.Funnel;
import app.goalpost.planning.lever.Lever;
import app.goalpost.planning.lever.LeverAnalysis;
import app.goalpost.shared.ui.EChart;
import app.goalpost.shared.ui.Formats;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Method step 2 (docs/method.md): the engine's lever analysis of the current baseline, ranked, with plain-language findings and
 * each step's rate against its benchmark range. The benchmark set follows the workspace industry and can be changed.
 */
@Route("w/:workspaceId/levers")
@PermitAll
@WorkspacePageView(WorkspacePage.LEVERS)
class LeversView extends WorkspaceScopedView {

    private final transient FunnelService funnels;
    private final transient Benchmarks benchmarks;
    private final Div analysis = new Div();
    private WorkspaceDetails workspace;
    private transient Funnel funnel;

    LeversView(WorkspaceService workspaces, FunnelService funnels, Benchmarks benchmarks) {
        super(workspaces);
        this.funnels = funnels;
        this.benchmarks = benchmarks;
        analysis.setWidthFull();
    }

    @Override
    protected void onOpen(WorkspaceDetails w, BeforeEnterEvent event) {
        this.workspace = w;
        add(new H2(getTranslation("menu.levers")));
        Optional<BaselineData> current = funnels.currentBaseline(w.workspaceId());
        Optional<Funnel> f = current.flatMap(b -> b.funnel(w.currency()));
        if (f.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("levers.noBaseline"));
            empty.setId("levers-empty");
            add(empty);
            return;
        }
        funnel = f.get();
        BaselineData b = current.get();
        add(new Paragraph(getTranslation("levers.baseline", b.name(), Formats.date(b.periodStart(), getLocale()),
                Formats.date(b.periodEnd(), getLocale()))));
        ComboBox<BenchmarkSet> set = new ComboBox<>(getTranslation("levers.set"), benchmarks.sets());
        set.setId("levers-set");
        // the catalogue names its sets in English; the bundles carry them in both languages
        set.setItemLabelGenerator(s -> getTranslation("benchmarkSet." + s.key()));
        set.setClearButtonVisible(true);
        set.setPlaceholder(getTranslation("levers.set.none"));
        set.setWidth("22em");
        benchmarks.forIndustry(w.industry()).ifPresent(set::setValue);
        set.addValueChangeListener(e -> show(Optional.ofNullable(e.getValue())));
        add(set, analysis);
        show(Optional.ofNullable(set.getValue()));
    }

    private void show(Optional<BenchmarkSet> set) {
        analysis.removeAll();
        LeverAnalysis result = LeverAnalysis.of(funnel, set);
        String lastStage = funnel.stage(funnel.last()).name();
        Grid<Lever> grid = new Grid<>();
        grid.setId("levers-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        grid.addColumn(Lever::rank).setHeader(getTranslation("levers.col.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.from() + " → " + l.to() + (l.marketingInfluenced() ? ""
                : " (" + getTranslation("levers.salesOwned") + ")")).setHeader(getTranslation("levers.col.step"))
                .setFlexGrow(3);
        grid.addColumn(l -> l.rate().isDefined() ? pct(l.rate().value()) : "–").setHeader(getTranslation(
                "levers.col.rate")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> l.benchmark().map(r -> range(r.rate())).orElse("–"))
                .setHeader(getTranslation("levers.col.range")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.gapToMedian().isPresent() ? signedPoints(l.gapToMedian().getAsDouble()) : "–")
                .setHeader(getTranslation("levers.col.gap")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> l.lostShare().isPresent() ? pct(l.lostShare().getAsDouble()) : "–")
                .setHeader(getTranslation("levers.col.lost")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> l.extraOutputAtMedian().isPresent()
                ? "+" + Formats.number(l.extraOutputAtMedian().getAsDouble(), 1, getLocale()) + " " + lastStage : "–")
                .setHeader(getTranslation("levers.col.gain")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> l.costViaVolume().map(m -> Formats.money(m.amount(), workspace.currency(), getLocale()))
                .orElse("–")).setHeader(getTranslation("levers.col.cost")).setTextAlign(ColumnTextAlign.END);
        grid.setItems(result.ranked());

        UnorderedList findings = new UnorderedList();
        findings.setId("lever-findings");
        result.findings().forEach(m -> findings.add(new ListItem(EngineText.of(this, m))));

        EChart chart = new EChart();
        chart.setId("levers-chart");
        chart.setOption(chart(result));
        analysis.add(grid, new H3(getTranslation("levers.findings")), findings, chart);
        set.ifPresent(s -> analysis.add(new Paragraph(getTranslation("levers.source",
                getTranslation("benchmarkSet." + s.key()), benchmarks.version()))));
    }

    /**
     * Bars of each step's rate, the benchmark range as a floating band (an invisible base bar up to the low end,
     * stacked with the range), and the median as a marker. Values in percent; tooltips pre-formatted. The legend
     * and the title name the range only when the catalogue gives one for some step: a median alone draws no band.
     */
    private ObjectNode chart(LeverAnalysis result) {
        boolean anyRange = result.levers().stream().flatMap(l -> l.benchmark().stream())
                .anyMatch(b -> hasRange(b.rate()));
        ObjectNode option = EChart.newOption();
        option.putObject("title").put("text", getTranslation(anyRange ? "levers.chart.title"
                : "levers.chart.titleMedian")).put("left", "center").putObject("textStyle").put("fontSize", 14);
        option.putObject("tooltip").put("trigger", "item");
        // room on both sides for the outer labels, which are centred on their bar and would overflow the canvas
        option.putObject("grid").put("bottom", 96).put("left", 64).put("right", 64);
        ArrayNode legend = option.putObject("legend").put("bottom", 0).putArray("data")
                .add(getTranslation("levers.chart.rate"));
        if (anyRange) {
            legend.add(getTranslation("levers.chart.range"));
        }
        legend.add(getTranslation("levers.chart.median"));
        ObjectNode xAxis = option.putObject("xAxis").put("type", "category");
        // each label wraps within its own slot of the axis, so neighbours (and the last one) never overlap
        int slot = Math.max(60, Math.min(140, 640 / Math.max(1, result.levers().size())));
        // without a line height the wrapped lines of a long label ("Opportunities → / Customers") overprint
        xAxis.putObject("axisLabel").put("interval", 0).put("width", slot).put("overflow", "break")
                .put("lineHeight", 16).put("hideOverlap", false);
        ArrayNode categories = xAxis.putArray("data");
        option.putObject("yAxis").put("type", "value").put("gpPercent", true);
        ArrayNode series = option.putArray("series");
        ArrayNode rates = bar(series, getTranslation("levers.chart.rate"), null);
        // all bars share one slot per step, so the band sits behind the rate and the median marker on top of both
        ((ObjectNode) series.get(0)).put("barGap", "-100%");
        ArrayNode base = anyRange ? bar(series, "base", "range") : null;
        ArrayNode band = anyRange ? bar(series, getTranslation("levers.chart.range"), "range") : null;
        ObjectNode medianSeries = series.addObject().put("type", "scatter")
                .put("name", getTranslation("levers.chart.median")).put("symbol", "diamond").put("symbolSize", 14);
        // the same marker colour whether or not the range series come before it in the palette
        medianSeries.putObject("itemStyle").put("color", "#374151");
        ArrayNode medians = medianSeries.putArray("data");
        if (anyRange) {
            ((ObjectNode) series.get(1)).putObject("itemStyle").put("color", "transparent");
            ((ObjectNode) series.get(1)).putObject("tooltip").put("show", false);
            ((ObjectNode) series.get(2)).putObject("itemStyle").put("opacity", 0.35);
        }
        for (Lever l : result.levers()) {
            String step = l.from() + " → " + l.to();
            categories.add(step);
            double rate = l.rate().isDefined() ? l.rate().value() : 0;
            rates.addObject().put("value", rate * 100).put("tip", step + ": " + (l.rate().isDefined() ? pct(rate) : "–"));
            if (l.benchmark().isPresent()) {
                Estimate e = l.benchmark().get().rate();
                if (anyRange) {
                    base.addObject().put("value", e.lowOrMedian() * 100);
                    band.addObject().put("value", (e.highOrMedian() - e.lowOrMedian()) * 100)
                            .put("tip", step + ": " + range(e));
                }
                medians.addObject().put("value", e.median() * 100).put("tip", step + ": " + range(e));
            } else {
                if (anyRange) {
                    base.addNull();
                    band.addNull();
                }
                medians.addNull();
            }
        }
        return option;
    }

    private static ArrayNode bar(ArrayNode series, String name, String stack) {
        ObjectNode s = series.addObject().put("type", "bar").put("name", name).put("barWidth", "45%");
        if (stack != null) {
            s.put("stack", stack);
        }
        return s.putArray("data");
    }

    /** "30% – 50% (median 42%)" where the catalogue has a range, "42% (median)" where it has only the median. */
    private String range(Estimate e) {
        String median = pct(e.median());
        if (!hasRange(e)) {
            return getTranslation("levers.range.medianOnly", median);
        }
        return getTranslation("levers.range.value", pct(e.lowOrMedian()), pct(e.highOrMedian()), median);
    }

    private static boolean hasRange(Estimate e) {
        return e.low().isPresent() || e.high().isPresent();
    }

    private String signedPoints(double gap) {
        return (gap > 0 ? "+" : "") + Formats.number(gap * 100, 2, getLocale()) + " pt";
    }

    private String pct(double ratio) {
        return Formats.percent(ratio, 2, getLocale());
    }

    @Override
    public Class<? extends Component> switchTarget() {
        return LeversView.class;
    }

    @Override
    protected String titleKey() {
        return "menu.levers";
    }
}
