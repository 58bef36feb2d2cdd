package app.goalpost.scenario.ui;

import app.goalpost.workspace.ChangeKind;
import app.goalpost.funnel.BaselineId;
import app.goalpost.scenario.ScenarioId;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.ui.WorkspacePageView;
import app.goalpost.workspace.ui.WorkspacePage;
import app.goalpost.funnel.BaselineData;
import app.goalpost.funnel.BaselineSummary;
import app.goalpost.funnel.FunnelService;
import app.goalpost.planning.funnel.Funnel;
import app.goalpost.scenario.ScenarioData;
import app.goalpost.scenario.ScenarioForm;
import app.goalpost.scenario.ScenarioPage;
import app.goalpost.scenario.ScenarioService;
import app.goalpost.scenario.ScenarioSolution;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.scenario.CeilingMode;
import app.goalpost.scenario.GoalKind;
import app.goalpost.scenario.LeverKind;
import app.goalpost.scenario.ScenarioConflictException;
import app.goalpost.shared.MergeOutcome;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.shared.ui.MergeDialog;
import app.goalpost.shared.ui.Formats;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import app.goalpost.workspace.ui.Discussions;
import app.goalpost.workspace.DiscussionSubject;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Method step 3 (docs/method.md): goal scenarios on a baseline. The scenario is solved live while it is edited; all scenarios of
 * the baseline are compared side by side; one can be adopted as the plan of record of its period. Client
 * contributors edit scenarios too; viewers read.
 */
@Route("w/:workspaceId/scenarios/:baselineId?/:draft?(new)")
@PermitAll
@WorkspacePageView(WorkspacePage.SCENARIOS)
class ScenariosView extends WorkspaceScopedView {

    static final String BASELINE_ID = "baselineId";
    static final String DRAFT = "draft";
    static final String NEW = "new";
    static final String SCENARIO = "scenario";

    private final transient FunnelService funnels;
    private final transient ScenarioService scenarios;
    private WorkspaceDetails workspace;
    private transient BaselineData baseline;
    private transient Funnel funnel;
    private transient ScenarioPage page;
    private transient Optional<ScenarioData> selected = Optional.empty();
    private ScenarioEditor editor;
    /** The form as the editor showed it when loaded: the base of the field-level merge on save. */
    private transient ScenarioForm loadedForm;
    private ScenarioResult result;

    private final transient Discussions discussions; // the comment thread of the open scenario (issue 12)

    ScenariosView(WorkspaceService workspaces, FunnelService funnels, ScenarioService scenarios,
            Discussions discussions) {
        super(workspaces);
        this.discussions = discussions;
        this.funnels = funnels;
        this.scenarios = scenarios;
    }

    @Override
    protected void onOpen(WorkspaceDetails w, BeforeEnterEvent event) {
        this.workspace = w;
        Optional<BaselineId> chosen = event.getRouteParameters().get(BASELINE_ID)
                .map(raw -> parseId(raw, BaselineId::new));
        Optional<ScenarioId> scenarioId = event.getLocation().getQueryParameters().getSingleParameter(SCENARIO)
                .map(raw -> parseId(raw, ScenarioId::new));
        show(chosen, scenarioId, event.getRouteParameters().get(DRAFT).isPresent());
    }

    private boolean editable() {
        return page.editable();
    }

    /** Shows the page model as the service decides it (baseline, solved scenarios, selection, draft). */
    private void show(Optional<BaselineId> chosen, Optional<ScenarioId> scenarioId, boolean newDraft) {
        removeAll();
        add(new H2(getTranslation("menu.scenarios")));
        Optional<ScenarioPage> loaded = scenarios.page(workspace.workspaceId(), chosen, scenarioId, newDraft,
                getLocale());
        if (loaded.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("scenarios.noBaseline"));
            empty.setId("scenarios-empty");
            add(empty);
            return;
        }
        page = loaded.get();
        baseline = page.baseline();
        funnel = page.funnel();
        selected = page.selected();
        List<ScenarioData> all = page.scenarios().stream().map(ScenarioPage.Compared::scenario).toList();
        add(toolbar(all));
        if (!editable()) {
            add(new Paragraph(getTranslation("scenarios.readOnly")));
        }
        if (!all.isEmpty()) {
            add(new H3(getTranslation("scenarios.compare")),
                    new ScenarioComparison(funnel, page.scenarios(), getLocale(), workspace.currency()));
            for (ScenarioPage.Compared c : page.scenarios()) {
                c.problem().ifPresent(e -> {
                    Paragraph problem = new Paragraph(getTranslation("scenarios.problem", c.scenario().name(),
                            getTranslation(e.messageKey(), e.args())));
                    problem.setId("scenario-problem-" + c.scenario().id());
                    problem.addClassName("gp-warning");
                    add(problem);
                });
            }
        } else {
            add(new Paragraph(getTranslation("scenarios.empty")));
        }
        if (page.form().isEmpty()) {
            return;
        }
        ScenarioForm form = page.form().get();
        add(new H3(form.name()));
        editor = new ScenarioEditor(form, funnel, editable(), getLocale(), this::solveLive);
        loadedForm = editor.loadedForm();
        result = new ScenarioResult(getLocale());
        add(editor);
        if (editable()) {
            add(actions());
        }
        add(result);
        selected.ifPresent(s -> add(new ScenarioHistorySection(scenarios, workspace, s, funnel, getLocale())));
        selected.ifPresent(s -> add(discussions.thread(workspace, DiscussionSubject.SCENARIO, s.id())));
        solveLive();
    }

    private HorizontalLayout toolbar(List<ScenarioData> all) {
        ComboBox<BaselineSummary> select = new ComboBox<>(getTranslation("scenarios.baseline"), page.baselines());
        select.setId("scenario-baseline");
        select.setItemLabelGenerator(b -> b.current() ? getTranslation("funnel.baseline.currentMark", b.name())
                : b.name());
        select.setWidth("20em");
        select.getListDataView().getItems().filter(b -> b.id() == baseline.id()).findFirst().ifPresent(select::setValue);
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(new BaselineId(e.getValue().id()), Optional.empty());
            }
        });
        HorizontalLayout bar = new HorizontalLayout(select);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        for (ScenarioData s : all) {
            Button open = new Button(s.adopted() ? s.name() + " ★" : s.name(), e -> go(new BaselineId(baseline.id()),
                    Optional.of(new ScenarioId(s.id()))));
            open.setId("open-scenario-" + s.id());
            if (selected.map(x -> x.id() == s.id()).orElse(false)) {
                open.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            }
            bar.add(open);
        }
        if (editable()) {
            Button create = new Button(getTranslation("scenarios.new"),
                    e -> ScenarioNavigation.newDraft(workspace.workspaceId(), new BaselineId(baseline.id())));
            create.setId("new-scenario");
            create.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(create);
        }
        return bar;
    }

    private HorizontalLayout actions() {
        Button save = new Button(getTranslation("scenario.save"), e -> save());
        save.setId("save-scenario");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(save);
        selected.ifPresent(s -> {
            Button duplicate = new Button(getTranslation("scenario.duplicate"), e -> {
                String copy = getTranslation("scenario.copyName", s.name());
                long id = scenarios.duplicate(workspace.workspaceId(), new ScenarioId(s.id()),
                        copy.length() > 120 ? s.name() : copy);
                FieldErrors.success(getTranslation("scenario.duplicated", copy));
                go(new BaselineId(baseline.id()), Optional.of(new ScenarioId(id)));
            });
            duplicate.setId("duplicate-scenario");
            Button adopt = new Button(getTranslation("scenario.adopt"), e -> confirmAdopt(s));
            adopt.setId("adopt-scenario");
            adopt.setEnabled(!s.adopted());
            actions.add(duplicate, adopt);
        });
        return actions;
    }

    private void confirmAdopt(ScenarioData s) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("adopt-dialog");
        dialog.setHeader(getTranslation("scenario.adopt.title", s.name()));
        dialog.setText(getTranslation("scenario.adopt.text", s.name(), Formats.date(s.form().periodStart(),
                getLocale()), Formats.date(s.form().periodEnd(), getLocale())));
        dialog.setConfirmText(getTranslation("scenario.adopt.withKpis"));
        dialog.addConfirmListener(e -> adopt(s, true));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("scenario.adopt.withoutKpis"));
        dialog.addRejectListener(e -> adopt(s, false));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private void adopt(ScenarioData s, boolean createKpis) {
        try {
            scenarios.adopt(workspace.workspaceId(), new ScenarioId(s.id()), createKpis, s.version());
            FieldErrors.success(getTranslation("scenario.adoptedDone"));
            go(new BaselineId(baseline.id()), Optional.of(new ScenarioId(s.id())));
        } catch (InvalidInputException e) {
            FieldErrors.show(e, this);
        } catch (ObjectOptimisticLockingFailureException e) {
            FieldErrors.conflict(this, "scenario.conflict", "scenario-conflict", Optional.empty());
        }
    }

    private void save() {
        editor.clearErrors();
        try {
            ScenarioForm form = editor.form();
            if (selected.isPresent()) {
                update(new ScenarioId(selected.get().id()), loadedForm, form, selected.get().version(), false, true);
                return;
            }
            long id = scenarios.create(workspace.workspaceId(), form);
            FieldErrors.success(getTranslation("scenario.created"));
            go(new BaselineId(baseline.id()), Optional.of(new ScenarioId(id)));
        } catch (InvalidInputException e) {
            editor.showError(e, this);
        }
    }

    /**
     * Saves merged with whatever was saved since {@code base} was loaded at {@code version}. Fields changed by both
     * open the "theirs / yours" dialog; its Save saves the choice against the stored version, with the stored form as
     * base (so yet another save in between is merged again, or asked about again). A save committed while this one
     * was merging fails it at commit: it is merged once more ({@code retry}) before the page gives up and says so.
     */
    private void update(ScenarioId id, ScenarioForm base, ScenarioForm mine, long version, boolean again,
            boolean retry) {
        try {
            MergeOutcome outcome = scenarios.update(workspace.workspaceId(), id, base, mine, version);
            FieldErrors.success(getTranslation("scenario.saved"));
            MergeDialog.noteMerged(outcome.takenFromTheirs().stream().map(this::label).toList(), this);
            go(new BaselineId(baseline.id()), Optional.of(id));
        } catch (ScenarioConflictException e) {
            List<MergeDialog.Row> rows = e.conflicts().stream().map(c -> new MergeDialog.Row(c.field(),
                    label(c.field()), value(c.field(), c.theirs()), value(c.field(), c.mine()))).toList();
            new MergeDialog(rows, again, lastSaver(ChangeKind.SCENARIO, id.value()), useMine -> update(id, e.theirs(), e.resolved(useMine),
                    e.currentVersion(), true, true)).open();
        } catch (InvalidInputException e) {
            editor.showError(e, this);
        } catch (ObjectOptimisticLockingFailureException e) {
            if (retry) {
                update(id, base, mine, version, again, false);
            } else {
                FieldErrors.conflict(this, "scenario.conflict", "scenario-conflict", Optional.empty());
            }
        }
    }

    private String label(String field) {
        return getTranslation(switch (field) {
            case "ceilingMode" -> "scenario.field.ceiling";
            case "periodStart" -> "scenario.field.start";
            case "periodEnd" -> "scenario.field.end";
            default -> "scenario.field." + field;
        });
    }

    /** A scenario field's value as the editor would show it. */
    private String value(String field, @Nullable Object value) {
        return switch (value) {
            case null -> MergeDialog.text(null, this);
            case GoalKind k -> getTranslation("scenario.goalKind." + k.name());
            case LeverKind k -> getTranslation("scenario.leverKind." + k.name());
            case CeilingMode c -> getTranslation("scenario.ceiling." + c.name());
            case Integer stage when field.equals("goalStage") && stage >= 0 && stage < funnel.size() ->
                    funnel.stage(stage).name();
            case List<?> steps when field.equals("steps") && !steps.isEmpty() -> String.join(", ", steps.stream()
                    .map(i -> (Integer) i).filter(i -> i >= 0 && i + 1 < funnel.size())
                    .map(i -> funnel.stage(i).name() + " → " + funnel.stage(i + 1).name()).toList());
            case BigDecimal share when field.equals("volumeShare") -> Formats.percent(share.doubleValue(), 4,
                    getLocale());
            default -> MergeDialog.text(value, this);
        };
    }

    /** Solves what is in the editor; problems go next to their field, or into the result panel. */
    private void solveLive() {
        editor.clearErrors();
        try {
            ScenarioForm form = editor.form();
            ScenarioSolution solution = scenarios.solution(workspace.workspaceId(), form);
            result.show(solution.result(), solution.exact());
        } catch (InvalidInputException e) {
            if (editor.hasField(e.field())) {
                editor.showError(e, this);
            }
            result.showMessage(getTranslation(e.messageKey(), e.args()));
        }
    }

    /** Opens a baseline and one of its scenarios (or its first) through the router: one way to build the page. */
    private void go(BaselineId baselineId, Optional<ScenarioId> scenarioId) {
        scenarioId.ifPresentOrElse(id -> ScenarioNavigation.scenario(workspace.workspaceId(), baselineId, id),
                () -> ScenarioNavigation.baseline(workspace.workspaceId(), baselineId));
    }

    @Override
    public Class<? extends Component> switchTarget() {
        return ScenariosView.class;
    }

    @Override
    protected String titleKey() {
        return "menu.scenarios";
    }
}
