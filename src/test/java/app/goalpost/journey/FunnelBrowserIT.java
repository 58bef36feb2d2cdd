package app.goalpost.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.goalpost.support.BrowserSupport;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.TestProfiles;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * In real Chromium: a manager types the worked example of docs/method.md into the baseline grid, saves it, opens the goal
 * scenarios and sees the whole-unit rounding (3.45% vs 3.5%), then saves the scenario and compares it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
class FunnelBrowserIT extends BrowserSupport {

    private static final String[] STAGES = {"Website visitors", "Leads", "MQL", "SQL", "Opportunities", "Customers"};
    private static final String[] VOLUMES = {"20000", "600", "150", "90", "45", "18"};
    private static final String[] RATES = {"3%", "25%", "60%", "50%", "40%"};

    @org.springframework.beans.factory.annotation.Autowired app.goalpost.funnel.FunnelService funnels;
    @org.springframework.beans.factory.annotation.Autowired app.goalpost.workspace.WorkspaceService workspaces;

    @Test
    void managerEntersTheWorkedExampleAndPlansPlusFifteenPercent() {
        AgencyFixture f = fixtures.agency("journey");
        signIn(f.manager(), Fixtures.PASSWORD);
        page.navigate(url("w/" + f.ws2() + "/funnel"));
        assertThat(page.locator("#method-recommendation")).containsText("Previous month or quarter");
        page.locator("#use-default-stages").click();

        Locator grid = page.locator("#baseline-grid");
        assertThat(grid).containsText("Opportunities");
        // Typed like a spreadsheet: Tab to the spend cell of the same stage, Enter to the next stage
        Locator volume = page.locator("#volume-editor input");
        openEditor(grid, 0, volume);
        for (int i = 0; i < STAGES.length; i++) {
            assertThat(volume).hasValue("0");
            volume.fill(VOLUMES[i]);
            if (i == 0) {
                volume.press("Tab");
                Locator spend = page.locator("#spend-editor input");
                assertThat(spend).isFocused();
                spend.fill("10000");
                spend.press("Enter");
                // the stage just left shows its derived figures: cost per visitor
                assertThat(grid).containsText("€0.50");
            } else {
                volume.press("Enter");
                // the rate into this stage appears once the editor has left it: the grid is live
                assertThat(grid).containsText(RATES[i - 1]);
            }
        }
        grid.getByText(STAGES[0], new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#volume-editor input")).hasValue("20000");
        assertThat(page.locator("#spend-editor input")).hasValue("10000");
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

        // export goes through a real download request; the file reads back through the upload and its preview
        Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
        String csv = readAll(download);
        org.assertj.core.api.Assertions.assertThat(csv).startsWith("Stage,Website visitors,Leads")
                .contains("Volume,20000,600,150,90,45,18");
        page.locator("#import-baseline").click();
        page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("baseline.csv", "text/csv",
                csv.replace("Spend,10000.00", "Spend,12000").getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#import-preview")).containsText("€12,000.00");
        screenshot("import-preview");
        page.locator("#import-confirm").click();
        assertThat(page.locator("#funnel-totals")).containsText("€12,000.00");
        assertThat(grid).containsText("€0.60");

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

    /**
     * Numbers as people type them, in the browser: "-5" committed with Enter stays in its cell, marked, with the
     * whole message under the grid; "1e30" is refused, not turned into 130; clicking a Spend cell edits the spend;
     * a long unbroken workspace name wraps inside the dashboard heading.
     */
    @Test
    void refusedNumbersStayOnScreenWithTheirReason() {
        AgencyFixture f = fixtures.agency("numbers");
        fixtures.signIn(f.owner());
        long baseline = app.goalpost.funnel.FunnelTestData.workedExample(funnels, f.ws1());
        Fixtures.signOut();
        signIn(f.manager(), Fixtures.PASSWORD);
        page.navigate(url("w/" + f.ws1() + "/funnel/" + baseline));
        Locator grid = page.locator("#baseline-grid");
        grid.getByText("Leads", new Locator.GetByTextOptions().setExact(true)).click();
        Locator volume = page.locator("#volume-editor input");
        assertThat(volume).hasValue("600");
        volume.fill("-5");
        volume.press("Enter");
        assertThat(page.locator("#baseline-grid-problems")).hasText("Volume of Leads must be 0 or more.");
        assertThat(grid).containsText("⚠ -5");
        screenshot("baseline-refused-cell");

        grid.getByText("MQL", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(volume).hasValue("150");
        volume.fill("1e30");
        volume.press("Enter");
        assertThat(page.locator("#baseline-grid-problems")).containsText("Volume of MQL: \u201c1e30\u201d is not a number");
        assertThat(grid).containsText("⚠ 1e30");

        // the first stage's spend cell opens the spend editor, focused
        grid.getByText("€10,000.00", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#spend-editor input")).isFocused();

        // a 120-character name without a space wraps inside the dashboard heading instead of running out of it
        fixtures.signIn(f.owner());
        app.goalpost.workspace.WorkspaceDetails details = workspaces.get(f.ws1Id());
        app.goalpost.workspace.WorkspaceForm form = app.goalpost.workspace.WorkspaceForm.of(details);
        form.setName("N".repeat(120));
        workspaces.update(f.ws1Id(), form, details.version());
        Fixtures.signOut();
        page.navigate(url("w/" + f.ws1() + "/dashboard"));
        Locator title = page.locator("#dashboard-title");
        assertThat(title).containsText("NNNN");
        Object fits = title.evaluate(
                "h => h.scrollWidth <= h.clientWidth + 1 && h.getBoundingClientRect().right <= window.innerWidth + 1");
        org.assertj.core.api.Assertions.assertThat(fits).isEqualTo(true);
        screenshot("dashboard-long-name");
    }

    /**
     * Clicks the stage's row and waits until the editor is on that row: until the server answers, the editor's
     * fields still show the previous row.
     */
    private void openEditor(Locator grid, int row, Locator volume) {
        grid.getByText(STAGES[row], new Locator.GetByTextOptions().setExact(true)).click();
        // a new row's volume is still 0, the previous row's is what was just typed
        assertThat(volume).hasValue("0");
    }

    private static String readAll(Download download) {
        try (var in = download.createReadStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void elementShot(Locator element, String name) {
        element.scrollIntoViewIfNeeded();
        element.screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }
}
