package app.goalpost.funnel.ui;

import app.goalpost.workspace.ChangeKind;
import app.goalpost.funnel.BaselineId;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.ui.WorkspacePageView;
import app.goalpost.workspace.ui.WorkspacePage;
import app.goalpost.funnel.BaselineData;
import app.goalpost.funnel.BaselineForm;
import app.goalpost.funnel.BaselineRow;
import app.goalpost.funnel.BaselineSheets;
import app.goalpost.funnel.BaselineSummary;
import app.goalpost.funnel.Benchmarks;
import app.goalpost.funnel.FunnelPage;
import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.StageInfo;
import app.goalpost.planning.funnel.BaselineMethod;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.EChart;
import app.goalpost.funnel.BaselineConflictException;
import app.goalpost.funnel.StageId;
import app.goalpost.shared.MergeOutcome;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.shared.ui.MergeDialog;
import app.goalpost.shared.ui.Formats;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Method step 1 (docs/method.md): the workspace's lifecycle stages and its baselines. The page proposes the baseline method
 * from the company stage; staff edit the figures in a spreadsheet-like grid, import or export them, and mark one
 * baseline as current. Everyone with access reads the derived rates, warnings and the funnel chart.
 */
@Route("w/:workspaceId/funnel/:baselineId?")
@PermitAll
@WorkspacePageView(WorkspacePage.FUNNEL)
class FunnelView extends WorkspaceScopedView {

    static final String BASELINE_ID = "baselineId";

    private final transient FunnelService funnels;
    private final transient Benchmarks benchmarks;
    private WorkspaceDetails workspace;
    private transient List<StageInfo> stages = List.of();
    /** The baseline on screen; empty while a new one is drafted. */
    private transient Optional<BaselineData> baseline = Optional.empty();
    private BaselineHeader header;
    private BaselineGrid grid;
    /** The form as header and grid showed it when loaded: the base of the field-level merge on save. */
    private transient BaselineForm loadedForm;
    private final EChart chart = new EChart();
    private final Paragraph totals = new Paragraph();
    private transient FunnelPage page;
    /** The baseline id in the address bar; a save that lands on the same one reloads in place. */
    private transient Optional<BaselineId> requested = Optional.empty();

    FunnelView(WorkspaceService workspaces, FunnelService funnels, Benchmarks benchmarks) {
        super(workspaces);
        this.funnels = funnels;
        this.benchmarks = benchmarks;
        chart.setId("funnel-chart");
        totals.setId("funnel-totals");
    }

    @Override
    protected void onOpen(WorkspaceDetails w, BeforeEnterEvent event) {
        this.workspace = w;
        // a foreign or malformed id answers not-found, like an unknown page
        requested = event.getRouteParameters().get(BASELINE_ID).map(raw -> parseId(raw, BaselineId::new));
        build(requested, false);
    }

    private boolean editable() {
        return page.editable();
    }

    /** Shows the page model as the service decides it: stages, baselines, recommendation, baseline or draft. */
    private void build(Optional<BaselineId> baselineId, boolean newDraft) {
        removeAll();
        page = funnels.page(workspace.workspaceId(), baselineId, newDraft, getLocale());
        stages = page.stages();
        baseline = page.baseline();
        add(new H2(getTranslation("menu.funnel")));
        BaselineMethod recommended = page.recommended();
        Paragraph recommendation = new Paragraph(getTranslation("funnel.recommendation",
                getTranslation("stage." + workspace.stage().name()),
                getTranslation("baseline.method." + recommended.name())) + " "
                + getTranslation("baseline.recommendation." + workspace.stage().name()));
        recommendation.setId("method-recommendation");
        add(recommendation);
        StageEditor stageEditor = new StageEditor(funnels, workspace.workspaceId(), editable(), this::stagesChanged);
        stageEditor.show(stages);
        add(stageEditor);
        if (stages.isEmpty()) {
            return;
        }
        if (!editable()) {
            add(new Paragraph(getTranslation("funnel.readOnly")));
        }
        add(baselineBar());
        if (page.form().isEmpty()) {
            add(new Paragraph(getTranslation("funnel.baseline.none")));
            return;
        }
        BaselineForm form = page.form().get();
        header = new BaselineHeader(form, editable(), workspace, stages, benchmarks, getLocale(),
                rows -> grid.setRows(rows));
        grid = new BaselineGrid(editable(), getLocale(), workspace.currency());
        grid.addChangeListener(this::refreshDerived);
        add(header, grid, grid.problems());
        if (editable()) {
            add(new Span(getTranslation("grid.editHint")));
        }
        grid.setRows(form.rows());
        loadedForm = header.form(grid.rows());
        add(totals, actions(), chart);
    }

    /** Stages shape every baseline's rows: reload the one on screen (unsaved figures give way to the new shape). */
    private void stagesChanged() {
        build(baseline.map(b -> new BaselineId(b.id())), baseline.isEmpty());
    }

    private HorizontalLayout baselineBar() {
        List<BaselineSummary> all = page.baselines();
        ComboBox<BaselineSummary> select = new ComboBox<>(getTranslation("funnel.baseline"), all);
        select.setId("baseline-select");
        select.setItemLabelGenerator(b -> b.current() ? getTranslation("funnel.baseline.currentMark", b.name())
                : b.name());
        select.setWidth("22em");
        baseline.flatMap(b -> all.stream().filter(s -> s.id() == b.id()).findFirst()).ifPresent(select::setValue);
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                open(new BaselineId(e.getValue().id()));
            }
        });
        HorizontalLayout bar = new HorizontalLayout(select);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (baseline.map(BaselineData::current).orElse(false)) {
            Span badge = new Span(getTranslation("funnel.baseline.isCurrent"));
            badge.getElement().getThemeList().add("badge success");
            badge.setId("current-badge");
            bar.add(badge);
        }
        if (editable()) {
            Button create = new Button(getTranslation("funnel.baseline.new"), e -> build(Optional.empty(), true));
            create.setId("new-baseline");
            bar.add(create);
            baseline.filter(b -> !b.current()).ifPresent(b -> {
                Button current = new Button(getTranslation("funnel.baseline.markCurrent"), e -> {
                    funnels.markCurrent(workspace.workspaceId(), new BaselineId(b.id()));
                    FieldErrors.success(getTranslation("funnel.baseline.markedCurrent", b.name()));
                    open(new BaselineId(b.id()));
                });
                current.setId("mark-current");
                bar.add(current);
            });
        }
        return bar;
    }

    private HorizontalLayout actions() {
        HorizontalLayout actions = new HorizontalLayout();
        if (editable()) {
            Button save = new Button(getTranslation("baseline.save"), e -> save(grid.rows()));
            save.setId("save-baseline");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importButton = new Button(getTranslation("import.button"),
                    e -> BaselineImportSteps.dialog(this, stages, getLocale(), workspace.currency(),
                            this::importRows).open());
            importButton.setId("import-baseline");
            actions.add(save, importButton);
        }
        baseline.ifPresent(b -> actions.add(download("export-xlsx", "export.xlsx", new BaselineId(b.id()), true),
                download("export-csv", "export.csv", new BaselineId(b.id()), false)));
        return actions;
    }

    /** Downloads read the saved baseline afresh (with the access check) when the file is requested. */
    private Anchor download(String id, String labelKey, BaselineId baselineId, boolean xlsx) {
        WorkspaceId workspaceId = workspace.workspaceId();
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            BaselineData data = funnels.baseline(workspaceId, baselineId);
            byte[] bytes = xlsx ? BaselineSheets.xlsx(data) : BaselineSheets.csv(data);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    BaselineSheets.fileName(data, xlsx ? "xlsx" : "csv"), xlsx
                            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                            : "text/csv", bytes.length);
        }), getTranslation(labelKey));
        anchor.setId(id);
        return anchor;
    }

    private void importRows(List<BaselineRow> rows) {
        grid.setRows(rows);
        if (save(rows)) {
            FieldErrors.success(getTranslation("import.applied"));
        }
    }

    /** Saves header and rows in one transaction; on a concurrent save the user's input stays on screen. */
    private boolean save(List<BaselineRow> rows) {
        header.clearErrors();
        if (grid.problem().isPresent()) {
            FieldErrors.error(grid.problem().get());
            return false;
        }
        try {
            BaselineForm form = header.form(rows);
            if (baseline.isPresent()) {
                return update(new BaselineId(baseline.get().id()), loadedForm, form, baseline.get().version(), false,
                        true);
            }
            long id = funnels.createBaseline(workspace.workspaceId(), form);
            FieldErrors.success(getTranslation("baseline.created"));
            open(new BaselineId(id));
            return true;
        } catch (InvalidInputException e) {
            header.showError(e, this);
        }
        return false;
    }

    /**
     * Saves merged with whatever was saved since {@code base} was loaded at {@code version}; cells or header fields
     * changed by both open the "theirs / yours" dialog, whose Save saves the choice against the stored version with
     * the stored form as base. A save committed while this one was merging fails it at commit: merged once more
     * ({@code retry}), then the page gives up and says so. True when saved.
     */
    private boolean update(BaselineId id, BaselineForm base, BaselineForm mine, long version, boolean again,
            boolean retry) {
        try {
            MergeOutcome outcome = funnels.saveBaseline(workspace.workspaceId(), id, base, mine, version);
            FieldErrors.success(getTranslation("baseline.saved"));
            MergeDialog.noteMerged(outcome.takenFromTheirs().stream().map(f -> label(f, base)).toList(), this);
            open(id);
            return true;
        } catch (BaselineConflictException e) {
            List<MergeDialog.Row> rows = e.conflicts().stream().map(c -> new MergeDialog.Row(c.field(),
                    label(c.field(), e.theirs()), value(c.field(), c.theirs()), value(c.field(), c.mine()))).toList();
            new MergeDialog(rows, again, lastSaver(ChangeKind.BASELINE, id.value()), useMine -> update(id, e.theirs(), e.resolved(useMine), e.currentVersion(),
                    true, true)).open();
        } catch (InvalidInputException e) {
            header.showError(e, this);
        } catch (ObjectOptimisticLockingFailureException e) {
            if (retry) {
                return update(id, base, mine, version, again, false);
            }
            FieldErrors.conflict(this, "baseline.conflict", "baseline-conflict", Optional.of(() -> open(id)));
        }
        return false;
    }

    private String label(String field, BaselineForm form) {
        Optional<StageId> stage = BaselineConflictException.stageOf(field);
        if (stage.isPresent()) {
            String name = form.rows().stream().filter(r -> r.stageId() == stage.get().value())
                    .map(BaselineRow::stageName).findFirst().orElse("?");
            return getTranslation(BaselineConflictException.isSpend(field) ? "grid.spendOf" : "grid.volumeOf", name);
        }
        return switch (field) {
            case "periodStart" -> getTranslation("baseline.field.start");
            case "periodEnd" -> getTranslation("baseline.field.end");
            case "benchmarkSet" -> getTranslation("baseline.field.set");
            case "budget" -> getTranslation("baseline.field.budget", workspace.currency().getCurrencyCode());
            default -> getTranslation("baseline.field." + field);
        };
    }

    /** A baseline field's value as header and grid show it. */
    private String value(String field, @Nullable Object value) {
        return switch (value) {
            case null -> MergeDialog.text(null, this);
            case BaselineMethod m -> getTranslation("baseline.method." + m.name());
            case String set when field.equals("benchmarkSet") -> getTranslation("benchmarkSet." + set);
            case BigDecimal money when field.equals("budget") || BaselineConflictException.isSpend(field) ->
                    Formats.money(money, workspace.currency(), getLocale());
            default -> MergeDialog.text(value, this);
        };
    }

    private void open(BaselineId baselineId) {
        if (requested.equals(Optional.of(baselineId))) {
            // same location: the router does not enter the view again, so reload here
            build(requested, false);
            return;
        }
        FunnelNavigation.baseline(workspace.workspaceId(), baselineId);
    }

    private void refreshDerived() {
        grid.funnel().ifPresentOrElse(f -> {
            chart.setOption(FunnelCharts.funnel(f, getLocale(), getTranslation("funnel.chart.title")));
            int last = f.last();
            totals.setText(getTranslation("funnel.totals",
                    f.totalSpend().map(m -> Formats.money(m.amount(), workspace.currency(), getLocale())).orElse("–"),
                    f.stage(last).name(),
                    f.costPerCustomer().map(m -> Formats.money(m.amount(), workspace.currency(), getLocale()))
                            .orElse("–"),
                    f.overallRate().isDefined() ? Formats.percent(f.overallRate().value(), 3, getLocale()) : "–"));
        }, () -> totals.setText(""));
    }

    @Override
    public Class<? extends Component> switchTarget() {
        return FunnelView.class;
    }

    @Override
    protected String titleKey() {
        return "menu.funnel";
    }
}
