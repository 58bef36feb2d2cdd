package app.goalpost.kpi.ui;

import app.goalpost.kpi.KpiId;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.ui.WorkspacePageView;
import app.goalpost.workspace.ui.WorkspacePage;
import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.KpiSummary;
import app.goalpost.kpi.PacingService;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.shared.ui.Formats;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspacePermission;
import app.goalpost.workspace.WorkspaceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * The workspace's KPIs: staff define, edit, duplicate ("duplicate the chart") and archive them; staff and
 * client contributors import actuals from CSV/XLSX; everyone opens a KPI's chart and actuals.
 */
@Route("w/:workspaceId/kpis")
@PermitAll
@StyleSheet("context://goalpost/kpi.css")
@WorkspacePageView(WorkspacePage.KPIS)
class KpiListView extends WorkspaceScopedView {

    private final transient KpiService kpis;
    private final transient ActualsService actuals;
    private final transient PacingService pacing;
    private Grid<KpiSummary> grid = new Grid<>();
    private Checkbox showArchived = new Checkbox();
    private WorkspaceDetails workspace;

    KpiListView(WorkspaceService workspaces, KpiService kpis, ActualsService actuals, PacingService pacing) {
        super(workspaces);
        this.kpis = kpis;
        this.actuals = actuals;
        this.pacing = pacing;
    }

    @Override
    protected void onOpen(WorkspaceDetails w, BeforeEnterEvent event) {
        this.workspace = w;
        // a live reload (someone else saved) opens the page again: a new grid (the old one's column keys would
        // collide) and a new checkbox (no second listener), keeping whether archived KPIs are shown
        boolean archived = showArchived.getValue();
        grid = new Grid<>();
        showArchived = new Checkbox(archived);
        boolean define = w.can(WorkspacePermission.EDIT_BASELINE);
        HorizontalLayout bar = new HorizontalLayout(new H2(getTranslation("kpi.list.title")));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        if (define) {
            Button create = new Button(getTranslation("kpi.list.new"), e -> new KpiEditorDialog(kpis, w.workspaceId(),
                    Optional.empty(), pacing.today(w.workspaceId()), id -> KpiNavigation.detail(w.workspaceId(),
                            new KpiId(id))).open());
            create.setId("kpi-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(create);
        }
        if (w.can(WorkspacePermission.EDIT_PLAN)) {
            Button importButton = new Button(getTranslation("kpi.import.open"),
                    e -> ActualsImportSteps.dialog(this, actuals, w.workspaceId(), this::load).open());
            importButton.setId("kpi-import");
            bar.add(importButton);
        }
        if (define) {
            showArchived.setLabel(getTranslation("kpi.list.showArchived"));
            showArchived.setId("kpi-show-archived");
            showArchived.addValueChangeListener(e -> load());
            bar.add(showArchived);
        }
        add(bar);
        grid.setId("kpi-grid");
        grid.addClassName("gp-clickable-rows");
        grid.addColumn(KpiSummary::name).setHeader(getTranslation("kpi.field.name")).setFlexGrow(3).setKey("name");
        grid.addColumn(k -> KpiFormat.of(k, w.currency(), getLocale()).value(k.target()))
                .setHeader(getTranslation("kpi.field.target")).setAutoWidth(true);
        grid.addColumn(k -> getTranslation("kpi.kind." + k.kind().name()))
                .setHeader(getTranslation("kpi.field.kind")).setAutoWidth(true).setKey("kind");
        grid.addColumn(k -> getTranslation("kpi.aggregation." + k.aggregation().name()))
                .setHeader(getTranslation("kpi.field.aggregation")).setAutoWidth(true);
        grid.addColumn(k -> Formats.date(k.period().start(), getLocale()) + " – "
                + Formats.date(k.period().end(), getLocale())).setHeader(getTranslation("kpi.list.period"))
                .setAutoWidth(true);
        if (define) {
            grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("").setAutoWidth(true).setKey("actions");
        }
        grid.addItemClickListener(e -> KpiNavigation.detail(w.workspaceId(), new KpiId(e.getItem().id())));
        grid.setAllRowsVisible(true);
        add(grid);
        load();
    }

    private HorizontalLayout actions(KpiSummary k) {
        Button edit = new Button(getTranslation("kpi.list.edit"), e -> new KpiEditorDialog(kpis,
                workspace.workspaceId(),
                Optional.of(k), pacing.today(workspace.workspaceId()), id -> load()).open());
        edit.setId("kpi-edit-" + k.id());
        Button duplicate = new Button(getTranslation("kpi.list.duplicate"), e -> {
            long id = kpis.duplicate(workspace.workspaceId(), new KpiId(k.id()), getTranslation("kpi.list.copySuffix"));
            FieldErrors.success(getTranslation("kpi.list.duplicated", kpis.get(workspace.workspaceId(),
                    new KpiId(id)).name()));
            load();
        });
        duplicate.setId("kpi-duplicate-" + k.id());
        Button archive = new Button(getTranslation(k.archived() ? "kpi.list.restore" : "kpi.list.archive"), e -> {
            try {
                kpis.setArchived(workspace.workspaceId(), new KpiId(k.id()), !k.archived());
                load();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, this);
            }
        });
        archive.setId("kpi-archive-" + k.id());
        for (Button b : new Button[] {edit, duplicate, archive}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            // the row opens the KPI; the buttons must not also do that
            b.getElement().addEventListener("click", ev -> { }).stopPropagation();
        }
        duplicate.setVisible(!k.archived());
        edit.setVisible(!k.archived());
        return new HorizontalLayout(edit, duplicate, archive);
    }

    private void load() {
        grid.setItems(kpis.list(workspace.workspaceId(), showArchived.getValue()));
    }

    @Override
    protected String titleKey() {
        return "kpi.menu.kpis";
    }
}
