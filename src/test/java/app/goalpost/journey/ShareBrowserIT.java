package app.goalpost.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.goalpost.share.ShareFixtures;
import app.goalpost.support.BrowserSupport;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.TestProfiles;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Share links in real Chromium: a manager creates a link, a browser without any session opens it and sees the
 * dashboard with its KPI names (and no app shell); after the manager revokes it, a reload shows the not-found page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
class ShareBrowserIT extends BrowserSupport {

    @Autowired ShareFixtures shareFixtures;

    @Test
    void staffSharesTheDashboardAnAnonymousBrowserOpensItAndARevokedLinkIsGone() {
        AgencyFixture f = fixtures.agency("sharejourney");
        shareFixtures.kpi(f, f.ws1Id(), "Qualified leads");
        shareFixtures.kpi(f, f.ws1Id(), "Signed deals");
        Fixtures.signOut();

        signIn(f.manager(), Fixtures.PASSWORD);
        page.navigate(url("w/" + f.ws1() + "/share"));
        page.locator("#share-label input").fill("Monthly call");
        page.locator("#share-create").click();
        String link = page.locator("#share-new-url input").inputValue();
        assertThat(page.locator("#share-grid")).containsText("Monthly call");
        screenshot("share-links-created");

        BrowserContext anonymous = context.browser().newContext();
        try {
            Page shared = anonymous.newPage();
            // the link's address carries the test configuration's base URL: open it on this server's port
            String path = link.substring(link.indexOf("/s/") + 1);
            Response opened = shared.navigate(url(path));
            org.assertj.core.api.Assertions.assertThat(opened.status()).isEqualTo(200);
            assertThat(shared.locator("#shared-title")).containsText("sharejourney Alpha");
            assertThat(shared.locator("#shared-kpi-cards")).containsText("Qualified leads");
            assertThat(shared.locator("#shared-kpi-cards")).containsText("Signed deals");
            shared.locator(".gp-chart[data-rendered=true] canvas").first().waitFor();
            assertThat(shared.locator("vaadin-app-layout")).hasCount(0);
            assertThat(shared.locator("a")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots",
                    "share-links-manager.png")));
            shared.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots",
                    "share-shared-dashboard.png")).setFullPage(true));

            page.locator("#share-grid vaadin-button").first().dispatchEvent("click"); // the dev-mode tool button sits over the last column
            assertThat(page.locator("#share-grid")).containsText("Revoked");

            Response reloaded = shared.reload();
            org.assertj.core.api.Assertions.assertThat(reloaded.status()).isEqualTo(404);
            assertThat(shared.locator("#share-unavailable")).containsText("Link unavailable");
            assertThat(shared.locator("#shared-kpi-cards")).hasCount(0);
        } finally {
            anonymous.close();
        }
    }
}
