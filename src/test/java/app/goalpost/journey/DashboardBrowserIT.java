package app.goalpost.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.PacingService;
import app.goalpost.support.BrowserSupport;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.TestProfiles;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * KPI pacing in real Chromium: a client user lands on the dashboard, whose ECharts canvases render with the
 * engine's status; the KPI page's full chart; a contributor imports a CSV through the upload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
class DashboardBrowserIT extends BrowserSupport {

    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired PacingService pacing;

    @Test
    void clientUserSeesTheDashboardChartsAndOpensOne() {
        AgencyFixture f = fixtures.agency("dashjourney");
        fixtures.signIn(f.owner());
        LocalDate today = pacing.today(f.ws1Id());
        LocalDate start = today.minusDays(44);
        long leads = kpis.create(f.ws1Id(), KpiInput.count("Leads", 300, start, start.plusDays(89)));
        actuals.save(f.ws1Id(), new KpiId(leads), Granularity.DAY, Map.of(start, Optional.of(new BigDecimal("50")),
                today, Optional.of(new BigDecimal("70"))));
        long deals = kpis.create(f.ws1Id(), KpiInput.count("Deals", 20, start, start.plusDays(89)));
        actuals.save(f.ws1Id(), new KpiId(deals), Granularity.DAY, Map.of(today, Optional.of(new BigDecimal("14"))));
        Fixtures.signOut();

        signIn(f.client(), Fixtures.PASSWORD);
        page.waitForURL(u -> u.contains("/w/" + f.ws1() + "/dashboard"));
        Locator leadsCard = page.locator("#kpi-card-" + leads);
        assertThat(leadsCard).containsText("Behind");
        assertThat(leadsCard).containsText("40% of goal · 50% of period");
        assertThat(leadsCard).containsText("Projection: 240 of 300 (80%)");
        assertThat(page.locator("#kpi-card-" + deals)).containsText("Ahead");
        Locator rendered = page.locator(".gp-chart[data-rendered=true] canvas");
        rendered.nth(1).waitFor();
        assertThat(rendered).hasCount(2);
        // behind first
        assertThat(page.locator(".gp-kpi-card").first()).hasAttribute("id", "kpi-card-" + leads);
        screenshot("kpi-dashboard-client");

        leadsCard.click();
        page.waitForURL(u -> u.contains("/kpis/" + leads));
        page.locator("#kpi-chart[data-rendered=true] canvas").waitFor();
        assertThat(page.locator("#kpi-status")).hasText("Behind");
        assertThat(page.locator("#kpi-projection")).hasText("240 (80% of goal)");
        assertThat(page.locator("#actuals-save")).hasCount(0);
        screenshot("kpi-detail-client");
    }

    @Test
    void contributorImportsACsvWithAPreview() {
        AgencyFixture f = fixtures.agency("importjourney");
        fixtures.signIn(f.owner());
        LocalDate today = pacing.today(f.ws2Id());
        kpis.create(f.ws2Id(), KpiInput.count("Leads", 300, today.minusDays(10), today.plusDays(20)));
        Fixtures.signOut();

        signIn(f.contributor(), Fixtures.PASSWORD);
        page.navigate(url("w/" + f.ws2() + "/kpis"));
        page.locator("#kpi-import").click();
        String bad = "date,kpi,value\n" + today + ",Leads,12\n" + today + ",Leads,13\nyesterday,Leads,1\n";
        page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("actuals.csv", "text/csv",
                bad.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#import-summary")).hasText(
                "3 lines: 2 with errors, 1 new values, 0 replacing existing values.");
        assertThat(page.locator("#import-grid")).containsText("Not a date: “yesterday”");
        assertThat(page.locator("#import-confirm")).isDisabled();
        screenshot("kpi-import-errors");

        String good = "date;kpi;value\n" + today.minusDays(1) + ";Leads;12\n" + today + ";leads;13\n";
        page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("actuals2.csv", "text/csv",
                good.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#import-summary")).hasText(
                "2 lines: 0 with errors, 2 new values, 0 replacing existing values.");
        page.locator("#import-confirm").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("2 values saved.");
        fixtures.signIn(f.owner());
        assertThat(pacing.dashboard(f.ws2Id()).kpis().getFirst().result().actual().getAsDouble()).isEqualTo(25.0);
        Fixtures.signOut();
    }
}
