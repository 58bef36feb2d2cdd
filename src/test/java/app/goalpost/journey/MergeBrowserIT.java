package app.goalpost.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.FunnelTestData;
import app.goalpost.scenario.CeilingMode;
import app.goalpost.scenario.GoalKind;
import app.goalpost.scenario.LeverKind;
import app.goalpost.scenario.ScenarioData;
import app.goalpost.scenario.ScenarioForm;
import app.goalpost.scenario.ScenarioId;
import app.goalpost.scenario.ScenarioService;
import app.goalpost.support.BrowserSupport;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.TestProfiles;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * In real Chromium, two people in two browsers on the same scenario: the manager renames it while the client
 * contributor raises the goal (both kept, the second saver is told what came in); then both change the goal, and
 * the second saver gets "theirs / yours" side by side and the value chosen is the one stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
class MergeBrowserIT extends BrowserSupport {

    @Autowired FunnelService funnels;
    @Autowired ScenarioService scenarios;

    @Test
    void twoPeopleEditingOneScenarioKeepBothOrChooseSideBySide() {
        AgencyFixture f = fixtures.agency("mergejourney");
        fixtures.signIn(f.owner());
        long baseline = FunnelTestData.workedExample(funnels, f.ws2());
        ScenarioId id = new ScenarioId(scenarios.create(f.ws2Id(), new ScenarioForm("Plan", baseline,
                GoalKind.RELATIVE, 5, new BigDecimal("15"), Optional.empty(), LeverKind.ONE_RATE, List.of(0),
                List.of(), 0, CeilingMode.NONE, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31))));
        Fixtures.signOut();
        String address = url("w/" + f.ws2() + "/scenarios/" + baseline + "?scenario=" + id);

        signIn(f.manager(), Fixtures.PASSWORD);
        Page manager = page;
        Browser browser = context.browser();
        try (BrowserContext second = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)
                .setLocale("en-GB"))) {
            second.setDefaultTimeout(20_000);
            Page contributor = second.newPage();
            page = contributor;
            signIn(f.contributor(), Fixtures.PASSWORD);
            page = manager;
            manager.navigate(address);
            contributor.navigate(address);
            assertThat(manager.locator("#scenario-name input")).hasValue("Plan");
            assertThat(contributor.locator("#scenario-name input")).hasValue("Plan");

            // different fields, both typing before either saves (a page with unsaved edits is not reloaded live):
            // the manager renames, the contributor raises the goal; both are kept
            type(manager, "#scenario-name input", "Q4 growth plan");
            type(contributor, "#goal-amount input", "20");
            manager.locator("#save-scenario").click();
            assertThat(manager.locator("#open-scenario-" + id)).hasText("Q4 growth plan");
            assertThat(contributor.locator("#live-note-text").last()).containsText("Your edits are kept");
            assertThat(contributor.locator("#goal-amount input")).hasValue("20");
            contributor.locator("#save-scenario").click();
            assertThat(contributor.getByText("someone else's changes to: Scenario name",
                    new Page.GetByTextOptions().setExact(false)).first()).isVisible();
            assertThat(contributor.locator("#scenario-name input")).hasValue("Q4 growth plan");
            assertThat(contributor.locator("#goal-amount input")).hasValue("20");
            ScenarioData both = stored(f, id);
            org.assertj.core.api.Assertions.assertThat(both.name()).isEqualTo("Q4 growth plan");
            org.assertj.core.api.Assertions.assertThat(both.form().goalAmount()).isEqualByComparingTo("20");

            // the same field: the manager's page was idle, so it took the contributor's save live (goal 20); now
            // both change the goal, the contributor saves 40 first, the manager's 30 meets it side by side
            assertThat(manager.locator("#goal-amount input")).hasValue("20");
            type(manager, "#goal-amount input", "30");
            type(contributor, "#goal-amount input", "40");
            contributor.locator("#save-scenario").click();
            assertThat(manager.locator("#live-note-text").last()).containsText("Your edits are kept");
            manager.locator("#save-scenario").click();
            assertThat(manager.locator("#merge-rows")).isVisible();
            assertThat(manager.locator("#merge-label-goalAmount")).hasText("Change (%) or target");
            assertThat(manager.locator("#merge-theirs-goalAmount")).hasText("40");
            assertThat(manager.locator("#merge-mine-goalAmount")).hasText("30");
            assertThat(manager.locator("#merge-save")).isDisabled();
            screenshot("merge-theirs-yours");
            manager.locator("#merge-choice-goalAmount").getByText("Use mine").click();
            manager.locator("#merge-save").click();
            assertThat(manager.locator("#merge-rows")).hasCount(0);
            assertThat(manager.locator("#goal-amount input")).hasValue("30");
            org.assertj.core.api.Assertions.assertThat(stored(f, id).form().goalAmount()).isEqualByComparingTo("30");
            org.assertj.core.api.Assertions.assertThat(stored(f, id).name()).isEqualTo("Q4 growth plan");
        } finally {
            page = manager;
        }
    }

    /** Types into a field that reports lazily and leaves it, so the server has the value before the save. */
    private static void type(Page page, String selector, String text) {
        page.locator(selector).fill(text);
        page.locator(selector).press("Tab");
        page.waitForTimeout(2000);
    }

    private ScenarioData stored(AgencyFixture f, ScenarioId id) {
        fixtures.signIn(f.owner());
        try {
            return scenarios.get(f.ws2Id(), id);
        } finally {
            Fixtures.signOut();
        }
    }
}
