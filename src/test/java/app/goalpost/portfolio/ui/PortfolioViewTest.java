package app.goalpost.portfolio.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.portfolio.PortfolioRow;
import app.goalpost.portfolio.PortfolioStatus;
import app.goalpost.support.ChartOptions;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.workspace.CompanyStage;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.WorkspaceSummary;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The agency home as a portfolio, through the page: what each role sees, the risk order, the filters, the chart,
 * and the workspace list's own duties (search, create, archive, sort by name).
 */
@UiTest
class PortfolioViewTest extends KaribuSupport {

    @Autowired WorkspaceService workspaces;
    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired app.goalpost.support.MutableClock clock;

    AgencyFixture f;

    @BeforeEach
    void agency() {
        f = fixtures.agency("home");
    }

    @Test
    void managersSeeTheirWorkspacesAndCannotCreate() {
        signIn(f.manager());
        navigate("");
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(_find(Button.class, spec -> spec.withId("create-workspace"))).isEmpty();
        assertThat(_find(ComboBox.class, spec -> spec.withId("portfolio-manager"))).isEmpty(); // only visible ones
        assertThat(GridKt._findAll(grid())).extracting(PortfolioRow::id).doesNotContain(f.ws3());
    }

    /** The worst client first, its counts and worst KPI written out; the filters and the chart follow the data. */
    @Test
    void theOwnerSeesTheMostBehindClientFirstAndFilters() {
        signIn(f.owner());
        LocalDate may1 = LocalDate.of(2026, 5, 1);
        long leads = kpis.create(f.ws3Id(), KpiInput.count("Leads", 1_000, may1, LocalDate.of(2026, 5, 31)));
        Map<LocalDate, Optional<BigDecimal>> rows = new LinkedHashMap<>();
        for (int d = 0; d < 20; d++) {
            rows.put(may1.plusDays(d), Optional.of(BigDecimal.TEN));
        }
        actuals.save(f.ws3Id(), new KpiId(leads), Granularity.DAY, rows);
        navigate("");
        Grid<PortfolioRow> grid = grid();
        PortfolioRow first = GridKt._get(grid, 0);
        assertThat(first.id()).isEqualTo(f.ws3());
        assertThat(first.status()).isEqualTo(PortfolioStatus.BEHIND);
        assertThat(GridKt._getFormatted(grid, 0, "counts")).isEqualTo("1 behind · 0 on track · 0 ahead · 0 no data");
        assertThat(GridKt._getFormatted(grid, 0, "worst")).isEqualTo("Leads: 31% of plan");
        assertThat(GridKt._getFormatted(grid, 0, "main")).isEqualTo("Leads: projected 31% of goal");
        assertThat(GridKt._getFormatted(grid, 1, "managers")).isEqualTo("Member " + f.manager());

        @SuppressWarnings("unchecked")
        ComboBox<PortfolioStatus> status = _get(ComboBox.class, spec -> spec.withId("portfolio-status"));
        status.setValue(PortfolioStatus.BEHIND);
        assertThat(GridKt._findAll(grid)).extracting(PortfolioRow::id).containsExactly(f.ws3());
        status.setValue(PortfolioStatus.NO_DATA);
        assertThat(GridKt._findAll(grid)).extracting(PortfolioRow::id).containsExactly(f.ws1(), f.ws2());
        status.clear();
        @SuppressWarnings("unchecked")
        ComboBox<CompanyStage> stage = _get(ComboBox.class, spec -> spec.withId("portfolio-stage"));
        stage.setValue(CompanyStage.SCALE_UP);
        assertThat(GridKt._findAll(grid)).extracting(PortfolioRow::id).containsExactly(f.ws2());
        stage.clear();
        @SuppressWarnings("unchecked")
        ComboBox<app.goalpost.portfolio.AccountManager> manager = _get(ComboBox.class,
                spec -> spec.withId("portfolio-manager"));
        manager.setValue(ComboBoxKt.getSuggestionItems(manager).getFirst());
        assertThat(GridKt._findAll(grid)).extracting(PortfolioRow::id).containsExactly(f.ws1(), f.ws2());

        String chart = ChartOptions.lastSent(_get(app.goalpost.shared.ui.EChart.class,
                spec -> spec.withId("portfolio-chart")));
        assertThat(chart).contains("\"name\":\"Behind\"").contains("Week of May 18, 2026");
        assertThat(chart).contains("\"data\":[0,0,0,0,0,0,0,0,0,0,0,1]");
    }

    /** Last activity reads relative while recent, then as a day in the reader's locale (not a UTC timestamp). */
    @Test
    void lastActivityIsRelativeWhileRecentThenADay() {
        try {
            signIn(f.owner());
            navigate("");
            assertThat(GridKt._getFormatted(grid(), 0, "activity")).isEqualTo("Just now");
            clock.advance(java.time.Duration.ofHours(2).plusMinutes(5));
            navigate("");
            assertThat(GridKt._getFormatted(grid(), 0, "activity")).isEqualTo("2 h ago");
            clock.advance(java.time.Duration.ofHours(22));
            navigate("");
            assertThat(GridKt._getFormatted(grid(), 0, "activity")).isEqualTo("Yesterday");
            clock.advance(java.time.Duration.ofDays(10));
            navigate("");
            assertThat(GridKt._getFormatted(grid(), 0, "activity")).isEqualTo("May 20, 2026");
        } finally {
            clock.reset();
        }
    }

    @Test
    void searchFiltersTheList() {
        signIn(f.owner());
        navigate("");
        assertThat(GridKt._size(grid())).isEqualTo(3);
        _get(TextField.class, spec -> spec.withId("workspace-search")).setValue("beta");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).id()).isEqualTo(f.ws2());
    }

    @Test
    void creatingAWorkspaceValidatesNextToTheFieldAndOpensIt() {
        signIn(f.owner());
        navigate("");
        _click(_get(Button.class, spec -> spec.withId("create-workspace")));
        _click(_get(Button.class, spec -> spec.withId("save-workspace")));
        TextField name = _get(TextField.class, spec -> spec.withId("workspace-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(workspaces.list("", true)).hasSize(3);

        String existing = workspaces.get(f.ws1Id()).name();
        name.setValue(existing.toLowerCase(java.util.Locale.ROOT));
        _click(_get(Button.class, spec -> spec.withId("save-workspace")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("already has this name");
        assertThat(workspaces.list("", true)).hasSize(3);

        name.setValue("Northwind Fresh " + f.agencyId());
        @SuppressWarnings("unchecked")
        ComboBox<Currency> currency = _get(ComboBox.class, spec -> spec.withId("workspace-currency"));
        currency.setValue(Currency.getInstance("USD"));
        @SuppressWarnings("unchecked")
        ComboBox<ZoneId> zone = _get(ComboBox.class, spec -> spec.withId("workspace-zone"));
        zone.setValue(ZoneId.of("America/New_York"));
        _click(_get(Button.class, spec -> spec.withId("save-workspace")));
        WorkspaceSummary created = workspaces.list("Northwind Fresh", false).getFirst();
        assertThat(created.currency()).isEqualTo("USD");
        // the new workspace opens on its landing page, whichever feature provides it
        WorkspaceScopedView page = (WorkspaceScopedView) UI.getCurrent().getInternals()
                .getActiveRouterTargetsChain().getFirst();
        assertThat(page.workspace().id()).isEqualTo(created.id());
    }

    /** A pasted 10,000-character name is kept as pasted and refused with the limit, said at the field. */
    @Test
    void aTooLongNameIsRefusedWithTheLimitAtTheField() {
        signIn(f.owner());
        navigate("");
        _click(_get(Button.class, spec -> spec.withId("create-workspace")));
        TextField name = _get(TextField.class, spec -> spec.withId("workspace-name"));
        assertThat(name.getHelperText()).isEqualTo("Up to 120 characters.");
        name.setValue("x".repeat(10_000));
        _click(_get(Button.class, spec -> spec.withId("save-workspace")));
        assertThat(name.getValue()).hasSize(10_000);
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name of 1 to 120 characters (this one has 10,000).");
        assertThat(workspaces.list("", true)).hasSize(3);
    }

    /** The service refuses it too (the column holds 120), rather than failing in the database. */
    @Test
    void theServiceRefusesATooLongName() {
        signIn(f.owner());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> workspaces.create(
                app.goalpost.support.Fixtures.form("y".repeat(121), app.goalpost.workspace.CompanyStage.STARTUP)))
                .isInstanceOfSatisfying(app.goalpost.shared.InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workspace.validation.nameTooLong"));
    }

    @Test
    void archivingRemovesTheWorkspaceFromTheListUntilRestored() {
        signIn(f.owner());
        navigate("w/" + f.ws3() + "/settings");
        _click(_get(Button.class, spec -> spec.withId("archive-workspace")));
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(workspaces.list("", false)).extracting(WorkspaceSummary::id).doesNotContain(f.ws3());
        signIn(f.manager());
        navigate("");
        assertThat(GridKt._size(grid())).isEqualTo(2);
        navigate("w/" + f.ws3() + "/settings");
        _get(app.goalpost.shell.NotFoundView.class);
        signIn(f.owner());
        workspaces.setArchived(f.ws3Id(), false);
        assertThat(workspaces.list("", false)).extracting(WorkspaceSummary::id).contains(f.ws3());
    }

    /** The grid is lazy: sorting by name and showing the archive go back to the database, not to a held list. */
    @Test
    void sortingByNameAndShowingTheArchiveQueryTheDatabase() {
        signIn(f.owner());
        workspaces.setArchived(f.ws1Id(), true);
        navigate("");
        Grid<PortfolioRow> grid = grid();
        assertThat(GridKt._findAll(grid)).extracting(PortfolioRow::id).containsExactly(f.ws2(), f.ws3());
        grid.sort(com.vaadin.flow.component.grid.GridSortOrder.desc(grid.getColumnByKey("name")).build());
        assertThat(GridKt._findAll(grid)).extracting(PortfolioRow::id).containsExactly(f.ws3(), f.ws2());
        _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("show-archived")).setValue(true);
        assertThat(GridKt._findAll(grid)).extracting(PortfolioRow::id).containsExactly(f.ws3(), f.ws2(), f.ws1());
        _get(TextField.class, spec -> spec.withId("workspace-search")).setValue("no such workspace");
        assertThat(GridKt._size(grid)).isZero();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText(
                "No workspace matches your search.")).isVisible()).isTrue();
    }

    @Test
    void aClientGoesStraightToTheirWorkspace() {
        signIn(f.client());
        navigate("");
        WorkspaceScopedView page = (WorkspaceScopedView) UI.getCurrent().getInternals()
                .getActiveRouterTargetsChain().getFirst();
        assertThat(page.workspace().id()).isEqualTo(f.ws1());
    }

    @SuppressWarnings("unchecked")
    private static Grid<PortfolioRow> grid() {
        return _get(Grid.class, spec -> spec.withId("workspaces-grid"));
    }
}
