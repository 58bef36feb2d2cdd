package app.goalpost.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.goalpost.funnel.BaselineForm;
import app.goalpost.funnel.BaselineRow;
import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.FunnelTestData;
import app.goalpost.funnel.StageInfo;
import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.PacingService;
import app.goalpost.planning.funnel.BaselineMethod;
import app.goalpost.support.BrowserSupport;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.TestProfiles;
import com.microsoft.playwright.Locator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 10's fixed pages in real Chromium, with screenshots in target/screenshots: growth levers with a benchmark
 * range and with medians only (and money in a finding written as in the grid), a dashboard with a seasonal card
 * that shows its expected share and a budget KPI that is over budget, and a sign-up that lands signed in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
class WordingBrowserIT extends BrowserSupport {

    @Autowired FunnelService funnels;
    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired PacingService pacing;

    @Test
    void leversShowTheRangeOrSayMedian() {
        AgencyFixture f = fixtures.agency("rangejourney");
        fixtures.signIn(f.owner());
        FunnelTestData.workedExample(funnels, f.ws1());
        funnels.addStage(f.ws2Id(), "Website visitors", "visitor");
        funnels.addStage(f.ws2Id(), "Checkouts", "checkout");
        funnels.addStage(f.ws2Id(), "Orders", "customer");
        List<StageInfo> stages = funnels.stages(f.ws2Id());
        funnels.createBaseline(f.ws2Id(), new BaselineForm("Q3", BaselineMethod.OWN_PREVIOUS_PERIOD,
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), Optional.empty(), Optional.empty(),
                List.of(row(stages.get(0), 40_000, Optional.of(new BigDecimal("8800"))), row(stages.get(1), 1_000,
                        Optional.empty()), row(stages.get(2), 400, Optional.empty()))));
        Fixtures.signOut();

        signIn(f.manager(), Fixtures.PASSWORD);
        page.navigate(url("w/" + f.ws1() + "/levers"));
        Locator grid = page.locator("#levers-grid");
        assertThat(grid).containsText("42% (median)");
        assertThat(page.locator("#levers-chart")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#lever-findings")).containsText("would cost about €");
        assertThat(page.locator("#lever-findings")).not().containsText(" EUR");
        screenshot("levers-median-only");

        // the scenario page's generated sentence writes the extra spend as the tables write money
        page.navigate(url("w/" + f.ws1() + "/scenarios"));
        page.locator("#lever-kind").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Top-of-funnel volume"))
                .first().click();
        Locator result = page.locator("#scenario-result");
        assertThat(result).containsText("Extra media spend: 3,334 more Website visitors at the current cost, €1,667.00.");
        screenshot("scenario-volume-money");
        result.screenshot(new Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "scenario-volume-money-result.png")));

        page.navigate(url("w/" + f.ws2() + "/levers"));
        page.locator("#levers-set input").fill("B2C");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("B2C")).first().click();
        assertThat(page.locator("#levers-grid")).containsText("33% – 73.2% (median 52.5%)");
        assertThat(page.locator("#levers-chart")).hasAttribute("data-rendered", "true");
        screenshot("levers-range");
        page.locator("#levers-chart").screenshot(new Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "levers-range-chart.png")));
    }

    @Test
    void dashboardShowsTheSeasonalExpectationAndABudgetOverBudget() {
        AgencyFixture f = fixtures.agency("budgetjourney");
        fixtures.signIn(f.owner());
        LocalDate today = pacing.today(f.ws1Id());
        LocalDate start = today.minusDays(49);
        long deals = kpis.create(f.ws1Id(), KpiInput.count("Deals", 100, start, start.plusDays(99)));
        actuals.save(f.ws1Id(), new KpiId(deals), Granularity.DAY, Map.of(today, Optional.of(new BigDecimal("50"))));
        Map<LocalDate, Optional<BigDecimal>> lastYear = new HashMap<>();
        lastYear.put(start.minusYears(1), Optional.of(new BigDecimal("80")));
        lastYear.put(start.plusDays(99).minusYears(1), Optional.of(new BigDecimal("20")));
        actuals.save(f.ws1Id(), new KpiId(deals), Granularity.DAY, lastYear);
        long spend = kpis.create(f.ws1Id(), KpiInput.budget("Media spend", new BigDecimal("10000"), start,
                start.plusDays(99)));
        actuals.save(f.ws1Id(), new KpiId(spend), Granularity.DAY, Map.of(today, Optional.of(new BigDecimal("7000"))));
        Fixtures.signOut();

        signIn(f.manager(), Fixtures.PASSWORD);
        page.navigate(url("w/" + f.ws1() + "/dashboard"));
        Locator dealsCard = page.locator("#kpi-card-" + deals);
        assertThat(dealsCard).containsText("50% of goal · 80% expected by today (last year’s season) · 50% of period");
        assertThat(dealsCard).containsText("Behind");
        Locator spendCard = page.locator("#kpi-card-" + spend);
        assertThat(spendCard).containsText("Over budget");
        assertThat(spendCard).containsText("70% of budget spent · 50% of period");
        assertThat(spendCard).not().containsText("Ahead");
        page.locator(".gp-chart[data-rendered=true] canvas").nth(1).waitFor();
        screenshot("dashboard-seasonal-and-budget");

        page.navigate(url("w/" + f.ws1() + "/kpis/" + spend));
        assertThat(page.locator("#kpi-status")).hasText("Over budget");
        page.locator("#kpi-chart[data-rendered=true] canvas").waitFor();
        screenshot("kpi-budget-detail");
        page.navigate(url("w/" + f.ws1() + "/kpis"));
        assertThat(page.locator("#kpi-grid")).containsText("Budget");
        screenshot("kpi-list-kinds");
    }

    @Test
    void aNewAgencyLandsSignedIn() {
        String email = "new-owner-" + System.nanoTime() + "@landing.test";
        page.navigate(url("signup"));
        page.locator("#agency-name input").fill("Landing Journey Agency");
        page.locator("#display-name input").fill("Nora New");
        page.locator("#email input").fill(email);
        page.locator("#password input").fill("a-good-password");
        page.locator("#sign-up").click();
        page.waitForURL(u -> !u.contains("/signup"));
        assertThat(page.locator("#create-workspace")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.url()).doesNotContain("login");
        screenshot("signup-landing");
    }

    private static BaselineRow row(StageInfo s, long volume, Optional<BigDecimal> spend) {
        return new BaselineRow(s.id(), s.name(), s.benchmarkKey(), BigDecimal.valueOf(volume), spend);
    }
}
