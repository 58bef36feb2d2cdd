package app.goalpost.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.goalpost.support.BrowserSupport;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.TestProfiles;
import com.microsoft.playwright.Locator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * In real Chromium: a manager types METHOD.md's worked example into the baseline grid, saves it, opens the goal
 * scenarios and sees the whole-unit rounding (3.45% vs 3.5%), then saves the scenario and compares it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
class FunnelBrowserIT extends BrowserSupport {

    private static final String[] STAGES = {"Website visitors", "Leads", "MQL", "SQL", "Opportunities", "Customers"};
    private static final String[] VOLUMES = {"20000", "600", "150", "90", "45", "18"};
    private static final String[] RATES = {"3%", "25%", "60%", "50%", "40%"};

    @Test
    void managerEntersTheWorkedExampleAndPlansPlusFifteenPercent() {
        AgencyFixture f = fixtures.agency("journey");
        signIn(f.manager(), Fixtures.PASSWORD);
        page.navigate(url("w/" + f.ws2() + "/funnel"));
        assertThat(page.locator("#method-recommendation")).containsText("Previous month or quarter");
        page.locator("#use-default-stages").click();

        Locator grid = page.locator("#baseline-grid");
        assertThat(grid).containsText("Opportunities");
        for (int i = 0; i < STAGES.length; i++) {
            grid.getByText(STAGES[i], new Locator.GetByTextOptions().setExact(true)).click();
            Locator volume = page.locator("#volume-editor input");
            volume.fill(VOLUMES[i]);
            if (i == 0) {
                page.locator("#spend-editor input").fill("10000");
            }
            volume.press("Tab");
            // the rate into this stage appears once the server has the value: the grid is live
            if (i > 0) {
                assertThat(grid).containsText(RATES[i - 1]);
            }
        }
        page.keyboard().press("Escape");
        page.locator("#baseline-name input").fill("Q3 2026");
        page.locator("#save-baseline").click();
        assertThat(page.locator("#current-badge")).isVisible();
        assertThat(grid).containsText("25%");
        assertThat(grid).containsText("60%");
        assertThat(page.locator("#funnel-totals")).containsText("€10,000.00");
        assertThat(page.locator("#funnel-chart")).hasAttribute("data-rendered", "true");
        screenshot("funnel-baseline");
        elementShot(page.locator("#funnel-chart"), "funnel-chart");

        page.navigate(url("w/" + f.ws2() + "/levers"));
        assertThat(page.locator("#lever-findings")).containsText("97% of traffic is not ready to buy");
        assertThat(page.locator("#levers-chart")).hasAttribute("data-rendered", "true");
        screenshot("growth-levers");
        elementShot(page.locator("#levers-chart"), "growth-levers-chart");

        page.navigate(url("w/" + f.ws2() + "/scenarios"));
        Locator result = page.locator("#scenario-result");
        assertThat(result).containsText("rounded up to 21 whole Customers");
        assertThat(result).containsText("3.45% reaches the exact 20.7 Customers; 3.5% is needed for 21 whole Customers");
        assertThat(result).containsText("No extra media spend");
        page.locator("#save-scenario").click();
        assertThat(page.locator("#scenarios-compare")).containsText("+15% Customers");
        assertThat(page.locator("#scenarios-compare")).containsText("21");
        screenshot("goal-scenarios");
        // the shell scrolls inside its content area, so a full-page shot stops at the fold: add the result itself
        elementShot(result, "goal-scenario-result");
    }

    private static void elementShot(Locator element, String name) {
        element.scrollIntoViewIfNeeded();
        element.screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }
}
