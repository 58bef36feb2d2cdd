package app.goalpost.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.support.BrowserSupport;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.MutableClock;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.TestProfiles;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The client report in real Chromium: the workspace menu opens it, the SVG chart is drawn, the print media shows
 * the report without the app shell, and the PDF button downloads a PDF built on the server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
class ReportBrowserIT extends BrowserSupport {

    @Autowired MutableClock clock;
    @Autowired KpiService kpis;

    @Test
    void readPrintAndDownloadTheReport() throws Exception {
        clock.reset();
        AgencyFixture f = fixtures.agency("reportjourney");
        fixtures.signIn(f.owner());
        kpis.create(f.ws1Id(), KpiInput.count("Booked demos", 120, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30)));
        Fixtures.signOut();

        signIn(f.client(), Fixtures.PASSWORD);
        page.navigate(url("w/" + f.ws1() + "/dashboard"));
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Report")).first().click();
        page.waitForURL(u -> u.contains("/w/" + f.ws1() + "/report"));
        assertThat(page.locator("#client-report")).containsText("Booked demos");
        assertThat(page.locator("#client-report svg.gp-report-chart").first()).isVisible();
        screenshot("report-screen");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("#client-report")).isVisible();
        assertThat(page.locator("#report-pdf")).isHidden();
        assertThat(page.locator("vaadin-side-nav-item").first()).isHidden();
        screenshot("report-print");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        Download download = page.waitForDownload(() -> page.locator("#report-pdf").click());
        Path file = download.path();
        byte[] head = Files.readAllBytes(file);
        assertThat(new String(head, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(download.suggestedFilename()).endsWith("-2026-05.pdf");
    }
}
