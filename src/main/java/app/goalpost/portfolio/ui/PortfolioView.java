package app.goalpost.portfolio.ui;

import app.goalpost.portfolio.AccountManager;
import app.goalpost.portfolio.PortfolioFilter;
import app.goalpost.portfolio.PortfolioRow;
import app.goalpost.portfolio.PortfolioService;
import app.goalpost.portfolio.PortfolioSort;
import app.goalpost.portfolio.PortfolioStatus;
import app.goalpost.security.AgencyRole;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.shared.ui.Formats;
import app.goalpost.workspace.CompanyStage;
import app.goalpost.workspace.Industry;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.WorkspaceSummary;
import app.goalpost.workspace.ui.WorkspaceEditorDialog;
import app.goalpost.workspace.ui.WorkspaceNavigation;
import app.goalpost.workspace.ui.WorkspacePages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The agency home as a portfolio: every client workspace the staff member may see, with its KPI status counts,
 * worst KPI, main goal projection, next review, last activity and account managers, most at risk first, with
 * search and filters; above it, the weekly count of clients on track. The grid is lazy: each page it shows is one
 * round of queries (filtered, sorted and paged by the database), so the view holds nothing that grows with the
 * agency. Owners and admins also create workspaces and see archived ones here. A client user never sees it: they
 * go straight to their workspace.
 */
@Route("")
@PermitAll
class PortfolioView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NAME = "name";

    private final transient PortfolioService portfolio;
    private final transient WorkspaceService workspaces;
    private final transient WorkspacePages pages;
    private final transient Clock clock;
    private final Grid<PortfolioRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<AccountManager> manager = new ComboBox<>();
    private final ComboBox<CompanyStage> stage = new ComboBox<>();
    private final ComboBox<Industry> industry = new ComboBox<>();
    private final ComboBox<PortfolioStatus> status = new ComboBox<>();
    private final Select<PortfolioSort> sort = new Select<>();
    private final Checkbox showArchived = new Checkbox();
    private final Paragraph empty = new Paragraph();
    private final PortfolioChart chart = new PortfolioChart();
    private boolean built;

    PortfolioView(PortfolioService portfolio, WorkspaceService workspaces, WorkspacePages pages, Clock clock) {
        this.portfolio = portfolio;
        this.workspaces = workspaces;
        this.pages = pages;
        this.clock = clock;
        addClassName("gp-page");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.require().role() == AgencyRole.CLIENT) {
            List<WorkspaceSummary> mine = workspaces.homePage("", false, false, 0, 1);
            if (mine.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
            } else {
                event.forwardTo(pages.home(), WorkspaceNavigation.params(new WorkspaceId(mine.getFirst().id())));
            }
            return;
        }
        if (!built) {
            build();
            built = true;
        }
        refresh();
    }

    private void build() {
        GoalpostPrincipal user = CurrentUser.require();
        boolean admin = user.role().seesAllWorkspaces();
        Locale locale = getLocale();

        search.setId("workspace-search");
        search.setPlaceholder(getTranslation("home.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        manager.setId("portfolio-manager");
        manager.setLabel(getTranslation("portfolio.manager"));
        manager.setPlaceholder(getTranslation("portfolio.anyManager"));
        manager.setItemLabelGenerator(AccountManager::name);
        manager.setClearButtonVisible(true);
        manager.setVisible(admin);
        if (admin) {
            manager.setItems(portfolio.managers());
        }
        manager.addValueChangeListener(e -> refresh());

        stage.setId("portfolio-stage");
        stage.setLabel(getTranslation("portfolio.stage"));
        stage.setItems(CompanyStage.values());
        stage.setItemLabelGenerator(s -> getTranslation("stage." + s.name()));
        stage.setClearButtonVisible(true);
        stage.addValueChangeListener(e -> refresh());

        industry.setId("portfolio-industry");
        industry.setLabel(getTranslation("portfolio.industry"));
        industry.setItems(Industry.values());
        industry.setItemLabelGenerator(i -> getTranslation("industry." + i.name()));
        industry.setClearButtonVisible(true);
        industry.addValueChangeListener(e -> refresh());

        status.setId("portfolio-status");
        status.setLabel(getTranslation("portfolio.statusFilter"));
        status.setItems(PortfolioStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("portfolio.status." + s.name()));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refresh());

        sort.setId("portfolio-sort");
        sort.setLabel(getTranslation("portfolio.sort"));
        sort.setItems(PortfolioSort.RISK, PortfolioSort.NAME, PortfolioSort.LAST_ACTIVITY, PortfolioSort.REVIEW_DUE);
        sort.setItemLabelGenerator(s -> getTranslation("portfolio.sort." + s.name()));
        sort.setValue(PortfolioSort.RISK);
        sort.addValueChangeListener(e -> {
            grid.sort(List.of());
            refresh();
        });

        showArchived.setLabel(getTranslation("home.showArchived"));
        showArchived.setId("show-archived");
        showArchived.setVisible(admin);
        showArchived.addValueChangeListener(e -> refresh());
        Button create = new Button(getTranslation("home.create"), VaadinIcon.PLUS.create(),
                e -> WorkspaceEditorDialog.create(workspaces,
                        id -> WorkspaceNavigation.home(new WorkspaceId(id))).open());
        create.setId("create-workspace");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(admin);
        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout filters = new HorizontalLayout(manager, stage, industry, status, sort, showArchived);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("workspaces-grid");
        // eight columns on a laptop screen: long texts wrap onto a second line instead of being cut
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PortfolioRow::name).setHeader(getTranslation("portfolio.col.client")).setKey(NAME)
                .setSortable(true).setSortProperty(NAME).setFlexGrow(2).setWidth("10em");
        grid.addColumn(new ComponentRenderer<>(this::statusBadge)).setHeader(getTranslation("portfolio.col.status"))
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("portfolio.counts", r.behind(), r.onTrack(), r.ahead(), r.noData()))
                .setHeader(getTranslation("portfolio.col.counts")).setKey("counts").setFlexGrow(1).setWidth("9em");
        grid.addColumn(r -> r.worst().map(w -> getTranslation("portfolio.worst", w.name(),
                        Formats.percent(w.ratio(), 0, locale))).orElse(getTranslation("portfolio.none")))
                .setHeader(getTranslation("portfolio.col.worst")).setKey("worst").setFlexGrow(2).setWidth("9em");
        grid.addColumn(r -> r.main().map(m -> m.projection()
                        .map(p -> getTranslation("portfolio.main", m.name(), Formats.percent(p, 0, locale)))
                        .orElse(getTranslation("portfolio.main.noProjection", m.name())))
                        .orElse(getTranslation("portfolio.none")))
                .setHeader(getTranslation("portfolio.col.main")).setKey("main").setFlexGrow(2).setWidth("9em");
        grid.addColumn(r -> r.reviewDue().map(d -> r.reviewOverdue()
                        ? getTranslation("portfolio.review.overdue", Formats.date(d, locale))
                        : Formats.date(d, locale)).orElse(getTranslation("portfolio.none")))
                .setHeader(getTranslation("portfolio.col.review")).setKey("review").setFlexGrow(1).setWidth("7em");
        ActivityText activity = new ActivityText(locale, ActivityText.zoneOf(UI.getCurrent()),
                (key, params) -> getTranslation(key, params));
        grid.addColumn(r -> activity.label(r.lastActivity(), clock.instant()))
                .setTooltipGenerator(r -> activity.exact(r.lastActivity()))
                .setHeader(getTranslation("portfolio.col.activity")).setKey("activity").setFlexGrow(1)
                .setWidth("7em");
        grid.addColumn(r -> r.managers().isEmpty() ? getTranslation("portfolio.none") : String.join(", ", r.managers()))
                .setHeader(getTranslation("portfolio.col.managers")).setKey("managers").setFlexGrow(1)
                .setWidth("8em");
        grid.addItemClickListener(e -> WorkspaceNavigation.home(new WorkspaceId(e.getItem().id())));
        grid.addClassName("gp-clickable-rows");
        grid.setMinHeight("420px");
        empty.addClassName("gp-empty");

        chart.setId("portfolio-chart");
        chart.setHeight("220px");
        add(new H2(getTranslation("portfolio.title")), toolbar, filters, new H3(getTranslation("portfolio.chart.title")),
                chart, empty, grid);
    }

    private Span statusBadge(PortfolioRow row) {
        Span badge = new Span(getTranslation(row.archived() ? "portfolio.archived" : "portfolio.status." + row.status()));
        badge.addClassName("gp-status");
        badge.getElement().getThemeList().add(switch (row.status()) {
            case BEHIND -> "badge error";
            case ON_TRACK, AHEAD -> "badge success";
            case NO_DATA -> "badge contrast";
        });
        return badge;
    }

    private PortfolioFilter filter() {
        return new PortfolioFilter(search.getValue(), showArchived.getValue(),
                Optional.ofNullable(manager.getValue()).map(AccountManager::userId),
                Optional.ofNullable(stage.getValue()), Optional.ofNullable(industry.getValue()),
                Optional.ofNullable(status.getValue()));
    }

    /**
     * Points the grid at the current filter. The empty-state text needs the count, which the grid asks for again
     * on its own (one more small count query per change, not per row). The chart is the weekly count of the
     * user's clients, redrawn with the page.
     */
    private void refresh() {
        PortfolioFilter filter = filter();
        boolean none = portfolio.count(filter) == 0;
        empty.setVisible(none);
        boolean filtered = !filter.search().isBlank() || filter.managerUserId().isPresent()
                || filter.stage().isPresent() || filter.industry().isPresent() || filter.status().isPresent();
        empty.setText(getTranslation(filtered ? "home.noMatch" : "home.empty"));
        PortfolioSort chosen = sort.getValue() == null ? PortfolioSort.RISK : sort.getValue();
        grid.setItems(query -> portfolio.page(filter, order(query.getSortOrders(), chosen), query.getOffset(),
                        query.getLimit()).stream(),
                query -> portfolio.count(filter));
        chart.show(portfolio.onTrackByWeek(PortfolioChart.WEEKS), getLocale());
    }

    /** A click on the name header sorts by name; otherwise the chosen order. */
    static PortfolioSort order(List<QuerySortOrder> sortOrders, PortfolioSort chosen) {
        return sortOrders.stream().filter(o -> NAME.equals(o.getSorted())).findFirst()
                .map(o -> o.getDirection() == SortDirection.DESCENDING ? PortfolioSort.NAME_DESCENDING
                        : PortfolioSort.NAME)
                .orElse(chosen);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portfolio.title") + " · Goalpost";
    }
}
