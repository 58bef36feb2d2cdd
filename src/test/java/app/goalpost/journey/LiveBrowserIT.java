package app.goalpost.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.PacingService;
import app.goalpost.support.BrowserSupport;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.TestProfiles;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The live workspace in real Chromium, through server push (WebSocket under the app's CSP): a client contributor watches
 * the dashboard while the account manager, in another browser, renames a KPI; the card changes without a reload, the
 * note says who changed what, and each sees the other's avatar.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
class LiveBrowserIT extends BrowserSupport {

    @Autowired KpiService kpis;
    @Autowired PacingService pacing;

    @Test
    void aSaveInOneBrowserShowsInTheOthersOpenDashboard() {
        AgencyFixture f = fixtures.agency("live");
        fixtures.signIn(f.manager());
        LocalDate start = pacing.today(f.ws2Id()).minusDays(5);
        long id = kpis.create(f.ws2Id(), KpiInput.count("Demo requests", 200, start, start.plusDays(59)));
        Fixtures.signOut();

        signIn(f.contributor(), Fixtures.PASSWORD);
        page.navigate(url("w/" + f.ws2()));
        assertThat(page.locator("#kpi-card-" + id)).containsText("Demo requests");

        BrowserContext managerBrowser = newContext();
        try {
            Page manager = managerBrowser.newPage();
            manager.navigate(url("login"));
            manager.locator("vaadin-login-form input[name=username]").fill(f.manager());
            manager.locator("vaadin-login-form input[name=password]").fill(Fixtures.PASSWORD);
            manager.locator("vaadin-login-form vaadin-button").first().click();
            manager.waitForURL(u -> !u.contains("/login"));
            manager.navigate(url("w/" + f.ws2() + "/kpis"));

            // presence both ways: each page shows one other person in the workspace
            assertThat(page.locator("#live-workspace")).hasAttribute("data-present", "1");
            assertThat(manager.locator("#live-workspace")).hasAttribute("data-present", "1");

            manager.locator("#kpi-edit-" + id).click();
            manager.locator("#kpi-name input").fill("Demo requests (qualified)");
            manager.locator("#kpi-save").click();
            assertThat(manager.locator("#kpi-grid")).containsText("Demo requests (qualified)");

            // the contributor's dashboard redraws in place (no navigation) and says who changed what
            assertThat(page.locator("#kpi-card-" + id)).containsText("Demo requests (qualified)");
            assertThat(page.locator("#live-note-text")).containsText("changed the KPI");
            assertThat(page.locator("#live-note-text")).containsText("Demo requests (qualified)");
            screenshot("live-dashboard-after-remote-save");
        } finally {
            managerBrowser.close();
        }
    }
}
