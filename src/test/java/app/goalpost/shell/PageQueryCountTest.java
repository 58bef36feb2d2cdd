package app.goalpost.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.FunnelTestData;
import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.PacingService;
import app.goalpost.scenario.CeilingMode;
import app.goalpost.scenario.GoalKind;
import app.goalpost.scenario.LeverKind;
import app.goalpost.scenario.ScenarioForm;
import app.goalpost.scenario.ScenarioService;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.QueryCounter;
import app.goalpost.support.UiTest;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.WorkspaceSummary;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * N+1 guard: every query a page runs is counted, on a small and on a larger agency (3 vs 30 workspaces, all
 * opened once so the switcher's recent-first join has rows; 3 vs 25 KPIs with 20 vs 60 days of actuals; 1 vs 5
 * baselines; 1 vs 8 scenarios). A page whose count grows with the data fails here, naming the page.
 */
@UiTest
class PageQueryCountTest extends KaribuSupport {

    @Autowired WorkspaceService workspaces;
    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired PacingService pacing;
    @Autowired FunnelService funnels;
    @Autowired ScenarioService scenarios;
    @Autowired app.goalpost.review.ReviewService reviews;
    @Autowired EntityManagerFactory emf;

    record Data(AgencyFixture agency, long workspace, long kpi) {
    }

    @Test
    void noPageRunsMoreQueriesWhenTheAgencyGrows() {
        Data smallData = seed("qcsmall", 3, 3, 20, 1, 1);
        measure(smallData); // warms up what happens once per JVM (first Vaadin session, lazy beans)
        Map<String, Long> small = measure(smallData);
        Data largeData = seed("qclarge", 30, 25, 60, 5, 8);
        // the portfolio's first visit of an agency computes each workspace's stored status (in production once per
        // client day, or after a change); what is measured is the page on its stored statuses
        measure(largeData);
        Map<String, Long> large = measure(largeData);
        System.out.println("queries per page, small agency: " + small + ", large agency: " + large);
        assertThat(large).as("queries per page (small agency: %s)", small).isEqualTo(small);
        assertThat(small).allSatisfy((page, n) -> assertThat(n).as(page).isPositive());
    }

    private Data seed(String label, int workspaceCount, int kpiCount, int days, int baselineCount,
            int scenarioCount) {
        AgencyFixture f = fixtures.agency(label);
        fixtures.signIn(f.owner());
        for (int i = 3; i < workspaceCount; i++) {
            workspaces.create(Fixtures.form(label + " Client " + i, app.goalpost.workspace.CompanyStage.STARTUP));
        }
        workspaces.homePage("", false, false, 0, workspaceCount)
                .forEach(w -> workspaces.open(new app.goalpost.workspace.WorkspaceId(w.id())));
        long ws = f.ws1();
        app.goalpost.workspace.WorkspaceId wsId = f.ws1Id();
        LocalDate today = pacing.today(wsId);
        LocalDate start = today.minusDays(days - 1);
        long firstKpi = 0;
        for (int k = 0; k < kpiCount; k++) {
            long kpi = kpis.create(wsId, KpiInput.count("KPI " + k, 1_000, start, start.plusDays(89)));
            Map<LocalDate, Optional<BigDecimal>> rows = new LinkedHashMap<>();
            for (int d = 0; d < days; d++) {
                rows.put(start.plusDays(d), Optional.of(BigDecimal.valueOf(5 + d % 7)));
            }
            actuals.save(wsId, new app.goalpost.kpi.KpiId(kpi), Granularity.DAY, rows);
            firstKpi = firstKpi == 0 ? kpi : firstKpi;
        }
        long baseline = FunnelTestData.workedExample(funnels, ws);
        for (int b = 1; b < baselineCount; b++) {
            funnels.createBaseline(wsId, FunnelTestData.form(funnels.stages(wsId), "Baseline " + b));
        }
        for (int s = 0; s < scenarioCount; s++) {
            scenarios.create(wsId, new ScenarioForm("Scenario " + s, baseline, GoalKind.RELATIVE, 5,
                    new BigDecimal(10 + s), Optional.empty(), LeverKind.ONE_RATE, List.of(0), List.of(), 0.5,
                    CeilingMode.NONE, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        }
        // reviews, each closing a trigger, and open triggers: as many as scenarios
        for (int r = 0; r < scenarioCount; r++) {
            reviews.recordTrigger(wsId, app.goalpost.review.TriggerKind.AD_COSTS_RISING, "CPC " + r);
            reviews.keepPlan(wsId, "Review " + r);
            reviews.recordTrigger(wsId, app.goalpost.review.TriggerKind.OTHER, "Open " + r);
        }
        Fixtures.signOut();
        return new Data(f, ws, firstKpi);
    }

    /** The same visit, in the same order, for each agency: the first navigation builds the shell for both. */
    private Map<String, Long> measure(Data data) {
        signIn(data.agency().owner());
        QueryCounter counter = new QueryCounter(emf);
        String w = "w/" + data.workspace();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("agency home", counter.count(() -> {
            navigate("");
            GridKt._findAll(homeGrid());
        }));
        counts.put("agency home search", counter.count(() -> {
            _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("workspace-search"))
                    .setValue("a"); // every name of both agencies: a full page either way
            GridKt._findAll(homeGrid());
        }));
        counts.put("portfolio filter", counter.count(() -> {
            _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("portfolio-status"))
                    .setValue(app.goalpost.portfolio.PortfolioStatus.NO_DATA);
            GridKt._findAll(homeGrid());
        }));
        counts.put("dashboard", counter.count(() -> navigate(w + "/dashboard")));
        counts.put("switcher", counter.count(() -> ComboBoxKt.getSuggestionItems(switcher())));
        counts.put("switcher search", counter.count(() -> {
            ComboBoxKt.setUserInput(switcher(), "a");
            ComboBoxKt.getSuggestionItems(switcher());
        }));
        counts.put("KPI detail", counter.count(() -> navigate(w + "/kpis/" + data.kpi())));
        counts.put("KPI list", counter.count(() -> navigate(w + "/kpis")));
        counts.put("funnel", counter.count(() -> navigate(w + "/funnel")));
        counts.put("scenarios", counter.count(() -> navigate(w + "/scenarios")));
        counts.put("reviews", counter.count(() -> navigate(w + "/reviews")));
        counts.put("dashboard again", counter.count(() -> navigate(w + "/dashboard")));
        return counts;
    }

    private static Grid<?> homeGrid() {
        return _get(Grid.class, spec -> spec.withId("workspaces-grid"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<WorkspaceSummary> switcher() {
        return _get(ComboBox.class, spec -> spec.withId("workspace-switcher"));
    }
}
