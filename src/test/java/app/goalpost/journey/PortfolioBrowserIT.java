package app.goalpost.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.support.BrowserSupport;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.MutableClock;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.TestProfiles;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portfolio in real Chromium on a 1366 px laptop screen: the owner sees every client with the most behind
 * first, every cell readable (nothing cut), and narrows the list by account manager, status and search; an account
 * manager sees only their own clients; a client never gets the page (they land in their workspace).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
class PortfolioBrowserIT extends BrowserSupport {

    /** The first-column text of the rows the grid shows, top to bottom. */
    private static final String ROW_NAMES = """
            g => [...g.shadowRoot.querySelectorAll('tbody#items > tr')]
                .filter(r => !r.hidden && r.index !== undefined && r.index >= 0)
                .sort((a, b) => a.index - b.index)
                .map(r => { const n = r.querySelector('td slot').assignedElements()[0]; return n ? n.textContent : ''; })
            """;

    /** Cells of the grid whose text does not fit (cut or hidden behind an ellipsis). */
    private static final String CUT_CELLS = """
            g => [...g.querySelectorAll('vaadin-grid-cell-content')]
                .filter(c => c.offsetParent !== null && c.textContent.trim() !== ''
                    && (c.scrollWidth > c.clientWidth + 1 || c.scrollHeight > c.clientHeight + 1))
                .map(c => c.textContent)
            """;

    @Autowired MutableClock clock;
    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;

    @Test
    void theOwnerSortsFiltersAndSearchesTheManagerSeesTheirsAClientIsSentAway() {
        clock.reset();
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000); // a busy 2-core machine
        AgencyFixture f = fixtures.agency("portfoliojourney");
        fixtures.signIn(f.owner());
        LocalDate may1 = LocalDate.of(2026, 5, 1);
        long leads = kpis.create(f.ws3Id(), KpiInput.count("Qualified leads", 1_000, may1, LocalDate.of(2026, 5, 31)));
        Map<LocalDate, Optional<BigDecimal>> rows = new LinkedHashMap<>();
        for (int d = 0; d < 19; d++) {
            rows.put(may1.plusDays(d), Optional.of(BigDecimal.TEN));
        }
        actuals.save(f.ws3Id(), new KpiId(leads), Granularity.DAY, rows);
        Fixtures.signOut();

        page.setViewportSize(1366, 768);
        signIn(f.owner(), Fixtures.PASSWORD);
        page.navigate(url(""));
        Locator grid = page.locator("#workspaces-grid");
        assertThat(grid).containsText("portfoliojourney Gamma");
        assertThat(grid).containsText("1 behind · 0 on track · 0 ahead · 0 no data");
        assertThat(grid).containsText("Just now");
        List<String> order = names(grid, n -> n.size() == 3);
        org.assertj.core.api.Assertions.assertThat(order).hasSize(3);
        org.assertj.core.api.Assertions.assertThat(order.getFirst()).startsWith("portfoliojourney Gamma");
        screenshot("portfolio-owner-1366");
        org.assertj.core.api.Assertions.assertThat(cut(grid)).isEmpty();

        // hidden rows of the lazy grid keep their old cells: read what the visible rows show
        choose("#portfolio-manager", "Member " + f.manager());
        org.assertj.core.api.Assertions.assertThat(names(grid, n -> n.size() == 2)).hasSize(2)
                .noneMatch(n -> n.startsWith("portfoliojourney Gamma"));
        page.locator("#portfolio-manager [part~=clear-button]").click();
        assertThat(grid).containsText("portfoliojourney Gamma");

        choose("#portfolio-status", "Behind");
        org.assertj.core.api.Assertions.assertThat(names(grid, n -> n.size() == 1)).singleElement().asString()
                .startsWith("portfoliojourney Gamma");
        screenshot("portfolio-owner-behind");
        page.locator("#portfolio-status [part~=clear-button]").click();
        assertThat(grid).containsText("portfoliojourney Alpha");
        org.assertj.core.api.Assertions.assertThat(names(grid, n -> n.size() == 3)).hasSize(3);

        page.locator("#workspace-search input").fill("beta");
        org.assertj.core.api.Assertions.assertThat(names(grid, n -> n.size() == 1)).singleElement().asString()
                .startsWith("portfoliojourney Beta");

        BrowserContext managerContext = newContext();
        try {
            Page manager = managerContext.newPage();
            manager.setViewportSize(1366, 768);
            signIn(manager, f.manager());
            manager.navigate(url(""));
            Locator mine = manager.locator("#workspaces-grid");
            assertThat(mine).containsText("portfoliojourney Alpha");
            assertThat(mine).containsText("portfoliojourney Beta");
            assertThat(mine).not().containsText("portfoliojourney Gamma");
            assertThat(manager.locator("#portfolio-manager")).isHidden();
            manager.screenshot(new Page.ScreenshotOptions()
                    .setPath(java.nio.file.Path.of("target", "screenshots", "portfolio-manager.png")));
        } finally {
            managerContext.close();
        }

        BrowserContext clientContext = newContext();
        try {
            Page client = clientContext.newPage();
            signIn(client, f.client());
            client.navigate(url(""));
            client.waitForURL(Pattern.compile(".*/w/" + f.ws1() + "(/.*)?"));
            assertThat(client.locator("vaadin-app-layout")).isVisible();
            assertThat(client.locator("#workspaces-grid")).hasCount(0);
        } finally {
            clientContext.close();
        }
    }

    private void choose(String comboBox, String item) {
        page.locator(comboBox + " [part~=toggle-button]").click();
        page.locator("vaadin-combo-box-item:visible", new Page.LocatorOptions().setHasText(item)).first().click();
        assertThat(page.locator(comboBox + " input")).hasValue(item);
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Locator grid) {
        grid.page().waitForFunction("g => !g.loading", grid.elementHandle());
        return (List<String>) grid.evaluate(ROW_NAMES);
    }

    /** The visible rows once they settle as expected (the lazy grid answers a filter a round trip later), else as they are after 20 s. */
    private static List<String> names(Locator grid, java.util.function.Predicate<List<String>> expected) {
        long end = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        List<String> now = names(grid);
        while (!expected.test(now) && System.nanoTime() < end) {
            grid.page().waitForTimeout(200);
            now = names(grid);
        }
        return now;
    }

    @SuppressWarnings("unchecked")
    private static List<String> cut(Locator grid) {
        return (List<String>) grid.evaluate(CUT_CELLS);
    }

    private void signIn(Page other, String email) {
        other.navigate(url("login"));
        other.locator("vaadin-login-form input[name=username]").fill(email);
        other.locator("vaadin-login-form input[name=password]").fill(Fixtures.PASSWORD);
        other.locator("vaadin-login-form vaadin-button").first().click();
        other.waitForURL(u -> !u.contains("/login"));
    }
}
