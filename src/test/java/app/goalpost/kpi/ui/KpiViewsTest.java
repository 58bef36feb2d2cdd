package app.goalpost.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.KpiSummary;
import app.goalpost.kpi.PacingService;
import app.goalpost.support.ChartOptions;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import app.goalpost.shell.NotFoundView;
import app.goalpost.workspace.WorkspaceId;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import app.goalpost.shared.ui.DecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The KPI pages per role, the worked pacing example entered through the UI, and not-found for foreign ids. */
@UiTest
class KpiViewsTest extends KaribuSupport {

    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired PacingService pacing;

    AgencyFixture f;

    @BeforeEach
    void agency() {
        f = fixtures.agency("kpiui");
    }

    /** Pacing example (docs/method.md definitions): 120 of 300 leads after 45 of 90 days → 40% vs 50%, behind, projection 240. */
    @Test
    void workedExampleEnteredThroughTheUiShowsTheEnginesNumbers() {
        signIn(f.manager());
        LocalDate today = pacing.today(f.ws1Id());
        LocalDate start = today.minusDays(44);
        navigate("w/" + f.ws1() + "/kpis");
        _click(_get(Button.class, spec -> spec.withId("kpi-new")));
        _get(TextField.class, spec -> spec.withId("kpi-name")).setValue("Leads");
        _get(DecimalField.class, spec -> spec.withId("kpi-target")).setDecimal(new BigDecimal("300"));
        _get(DatePicker.class, spec -> spec.withId("kpi-periodStart")).setValue(start);
        _get(DatePicker.class, spec -> spec.withId("kpi-periodEnd")).setValue(start.plusDays(89));
        _click(_get(Button.class, spec -> spec.withId("kpi-save")));

        _get(KpiDetailView.class);
        assertThat(text("kpi-status")).isEqualTo("No actuals yet");
        actualField(0).setDecimal(new BigDecimal("50"));
        actualField(44).setDecimal(new BigDecimal("70"));
        _click(_get(Button.class, spec -> spec.withId("actuals-save")));

        assertThat(text("kpi-achieved")).isEqualTo("120 of 300 (40%)");
        assertThat(text("kpi-elapsed")).startsWith("50%");
        assertThat(text("kpi-expected")).isEqualTo("50%");
        assertThat(text("kpi-status")).isEqualTo("Behind");
        assertThat(text("kpi-projection")).isEqualTo("240 (80% of goal)");
        assertThat(ChartOptions.lastSent(_get(KpiChart.class, spec -> spec.withId("kpi-chart"))))
                .contains("\"markLine\"").contains("\"dashed\"").contains("120 (40%)");

        navigate("w/" + f.ws1() + "/dashboard");
        KpiCard card = _get(KpiCard.class);
        assertThat(_get(card, Span.class, spec -> spec.withClasses("gp-kpi-progress")).getText())
                .isEqualTo("40% of goal · 50% of period");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("gp-status")).getText()).isEqualTo("Behind");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("gp-kpi-projection")).getText())
                .isEqualTo("Projection: 240 of 300 (80%)");
    }

    @Test
    void pastingFromASpreadsheetPreviewsThenApplies() {
        signIn(f.manager());
        LocalDate d = pacing.today(f.ws1Id()).minusDays(3);
        long id = kpis.create(f.ws1Id(), KpiInput.count("SQL", 40, d, d.plusDays(29)));
        navigate("w/" + f.ws1() + "/kpis/" + id);
        _click(_get(Button.class, spec -> spec.withId("actuals-paste")));
        _get(TextArea.class, spec -> spec.withId("paste-text")).setValue(
                "Date\tSQL\n" + d + "\t3\n" + d.plusDays(1) + "\tabc\n");
        _click(_get(Button.class, spec -> spec.withId("paste-preview")));
        assertThat(_get(Span.class, spec -> spec.withId("paste-summary")).getText())
                .isEqualTo("2 lines: 1 with errors, 1 new values, 0 replacing existing values.");
        assertThat(_get(Button.class, spec -> spec.withId("paste-apply")).isEnabled()).isFalse();
        _get(TextArea.class, spec -> spec.withId("paste-text")).setValue(d + ";3\n" + d.plusDays(1) + ";4,5\n");
        _click(_get(Button.class, spec -> spec.withId("paste-preview")));
        _click(_get(Button.class, spec -> spec.withId("paste-apply")));
        assertThat(text("kpi-achieved")).isEqualTo("7.5 of 40 (18.8%)");
    }

    @Test
    void clientViewerLandsOnTheDashboardAndOnlyReads() {
        long id = kpiIn(f.ws1(), "Leads");
        signIn(f.client());
        navigate("");
        _get(DashboardView.class);
        assertThat(_find(KpiCard.class)).hasSize(1);
        navigate("w/" + f.ws1() + "/kpis/" + id);
        assertThat(_find(Button.class, spec -> spec.withId("actuals-save"))).isEmpty();
        assertThat(_find(DecimalField.class)).isEmpty();
        navigate("w/" + f.ws1() + "/kpis");
        assertThat(_find(Button.class, spec -> spec.withId("kpi-new"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("kpi-import"))).isEmpty();
        assertThat(GridKt._size(kpiGrid())).isEqualTo(1);
    }

    @Test
    void contributorEntersActualsButDoesNotDefineKpis() {
        long id = kpiIn(f.ws2(), "Deals");
        signIn(f.contributor());
        navigate("w/" + f.ws2() + "/kpis/" + id);
        _get(Button.class, spec -> spec.withId("actuals-save"));
        navigate("w/" + f.ws2() + "/kpis");
        assertThat(_find(Button.class, spec -> spec.withId("kpi-new"))).isEmpty();
        _get(Button.class, spec -> spec.withId("kpi-import"));
        assertThat(kpiGrid().getColumnByKey("actions")).isNull();
    }

    @Test
    void managerDuplicatesAndArchives() {
        long id = kpiIn(f.ws1(), "Leads");
        signIn(f.manager());
        navigate("w/" + f.ws1() + "/kpis");
        _click(action(0, "kpi-duplicate-" + id));
        assertThat(kpis.list(f.ws1Id(), false)).extracting(KpiSummary::name).containsExactly("Leads", "Leads (copy)");
        _click(action(0, "kpi-archive-" + id));
        assertThat(GridKt._size(kpiGrid())).isEqualTo(1);
        navigate("w/" + f.ws1() + "/dashboard");
        assertThat(_find(KpiCard.class)).hasSize(1);
    }

    @Test
    void dashboardSortsBehindFirstOrByName() {
        fixtures.signIn(f.owner());
        LocalDate today = pacing.today(f.ws1Id());
        long ahead = kpis.create(f.ws1Id(), KpiInput.count("Alpha deals", 100, today.minusDays(9), today.plusDays(10)));
        actuals.save(f.ws1Id(), new KpiId(ahead), Granularity.DAY, Map.of(today, Optional.of(new BigDecimal("90"))));
        long behind = kpis.create(f.ws1Id(), KpiInput.count("Zulu leads", 100, today.minusDays(9), today.plusDays(10)));
        actuals.save(f.ws1Id(), new KpiId(behind), Granularity.DAY, Map.of(today, Optional.of(BigDecimal.ONE)));
        kpis.create(f.ws1Id(), KpiInput.count("Mike visits", 100, today.minusDays(9), today.plusDays(10)));
        signIn(f.client());
        navigate("w/" + f.ws1() + "/dashboard");
        assertThat(cardIds()).containsExactly("kpi-card-" + behind, "kpi-card-" + ahead,
                "kpi-card-" + kpis.list(f.ws1Id(), false).get(1).id());
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<DashboardView.Sort> sort =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("dashboard-sort"));
        sort.setValue(DashboardView.Sort.NAME);
        assertThat(_find(KpiCard.class)).extracting(c -> c.getId().orElseThrow()).first()
                .isEqualTo("kpi-card-" + ahead);
        _click(_find(KpiCard.class).get(1));
        assertThat(_get(KpiDetailView.class)).isNotNull();
        assertThat(text("kpi-status")).isEqualTo("No actuals yet");
    }

    private static java.util.List<String> cardIds() {
        return _find(KpiCard.class).stream().map(c -> c.getId().orElseThrow()).toList();
    }

    @Test
    void foreignKpiIdsInTheUrlAreNotFound() {
        long ws2Kpi = kpiIn(f.ws2(), "Deals");
        AgencyFixture other = fixtures.agency("kpiuiother");
        fixtures.signIn(other.owner());
        long foreign = kpis.create(other.ws1Id(), KpiInput.count("Leads", 10, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31)));

        signIn(f.owner());
        for (String url : new String[] {"w/" + f.ws1() + "/kpis/" + ws2Kpi, "w/" + f.ws1() + "/kpis/" + foreign,
                "w/" + other.ws1() + "/kpis/" + foreign, "w/" + other.ws1() + "/dashboard",
                "w/" + f.ws1() + "/kpis/abc"}) {
            navigate(url);
            _get(NotFoundView.class);
            assertThat(_find(KpiDetailView.class)).isEmpty();
        }
        signIn(f.client());
        navigate("w/" + f.ws2() + "/kpis/" + ws2Kpi);
        _get(NotFoundView.class);
        navigate("w/" + f.ws2() + "/dashboard");
        _get(NotFoundView.class);
    }

    private long kpiIn(long workspaceId, String name) {
        fixtures.signIn(f.owner());
        LocalDate today = pacing.today(new WorkspaceId(workspaceId));
        long id = kpis.create(new WorkspaceId(workspaceId), KpiInput.count(name, 100, today.minusDays(9),
                today.plusDays(20)));
        actuals.save(new WorkspaceId(workspaceId), new KpiId(id), Granularity.DAY, Map.of(today,
                Optional.of(BigDecimal.TEN)));
        app.goalpost.support.Fixtures.signOut();
        return id;
    }

    /** One refused cell among many: that cell is marked and says why, nothing of the batch is saved. */
    @Test
    void oneBadActualAmongManyMarksItsCellAndSavesNothing() {
        signIn(f.manager());
        LocalDate d = pacing.today(f.ws1Id()).minusDays(10);
        long id = kpis.create(f.ws1Id(), KpiInput.count("Visits", 1000, d, d.plusDays(29)));
        navigate("w/" + f.ws1() + "/kpis/" + id);
        actualField(0).setDecimal(new BigDecimal("50"));
        actualField(3).setValue("-2");
        actualField(5).setValue("70");
        _click(_get(Button.class, spec -> spec.withId("actuals-save")));

        assertThat(actuals.list(f.ws1Id(), new KpiId(id), app.goalpost.planning.DateRange.of(d,
                d.plusDays(29)))).isEmpty();
        // the cell, drawn again, still holds what was typed, marked, with a message naming its day
        DecimalField bad = actualField(3);
        assertThat(bad.getValue()).isEqualTo("-2");
        assertThat(bad.isInvalid()).isTrue();
        assertThat(bad.getErrorMessage()).isEqualTo("The value of "
                + app.goalpost.shared.ui.Formats.date(d.plusDays(3), java.util.Locale.ENGLISH)
                + " must be 0 or more.");
        assertThat(actualField(0).isInvalid()).isFalse();
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .anyMatch(n -> n.getElement().getTextRecursively().contains("correct the marked cells")
                        || String.valueOf(n.getElement().getProperty("text")).contains("correct the marked cells"));

        actualField(3).setValue("20");
        _click(_get(Button.class, spec -> spec.withId("actuals-save")));
        assertThat(actuals.list(f.ws1Id(), new KpiId(id), app.goalpost.planning.DateRange.of(d,
                d.plusDays(29)))).hasSize(3);
    }

    /** Numbers are read in the user's language; what is not a number is refused at the field with the limit. */
    @Test
    void theKpiTargetRefusesWhatIsNotANumberAndSaysTheLimit() {
        signIn(f.manager());
        navigate("w/" + f.ws1() + "/kpis");
        _click(_get(Button.class, spec -> spec.withId("kpi-new")));
        _get(TextField.class, spec -> spec.withId("kpi-name")).setValue("Leads");
        DecimalField target = _get(DecimalField.class, spec -> spec.withId("kpi-target"));
        target.setValue("99999999999999999999");
        _click(_get(Button.class, spec -> spec.withId("kpi-save")));
        assertThat(target.getErrorMessage()).startsWith("Target for the period is too large: at most ");
        assertThat(target.getValue()).isEqualTo("99999999999999999999");
        target.setValue("1e30");
        _click(_get(Button.class, spec -> spec.withId("kpi-save")));
        assertThat(target.getErrorMessage()).contains("\u201c1e30\u201d is not a number");
        assertThat(kpis.list(f.ws1Id(), false)).noneMatch(k -> k.name().equals("Leads"));
        target.setValue("1,200.5");
        _click(_get(Button.class, spec -> spec.withId("kpi-save")));
        assertThat(kpis.list(f.ws1Id(), false)).filteredOn(k -> k.name().equals("Leads"))
                .singleElement().satisfies(k -> assertThat(k.target()).isEqualByComparingTo("1200.5"));
    }

    @SuppressWarnings("unchecked")
    private static DecimalField actualField(int row) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("actuals-grid"));
        return (DecimalField) GridKt._getCellComponent(grid, row, "value");
    }

    private static Button action(int row, String id) {
        return (Button) GridKt._getCellComponent(kpiGrid(), row, "actions").getChildren()
                .filter(c -> c.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<KpiSummary> kpiGrid() {
        return _get(Grid.class, spec -> spec.withId("kpi-grid"));
    }

    static UI ui() {
        return UI.getCurrent();
    }
}
