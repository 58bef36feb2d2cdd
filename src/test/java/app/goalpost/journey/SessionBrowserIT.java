package app.goalpost.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.support.BrowserSupport;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.TestProfiles;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A goal-setting session in real Chromium with two people: the account manager starts it, the client contributor
 * joins from the banner on the dashboard, both write (notes and decisions reach the other page through push), the
 * manager ends it, the record is listed and its Markdown downloads with the notes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
class SessionBrowserIT extends BrowserSupport {

    @Test
    void aSessionFromBannerToMarkdown() {
        AgencyFixture f = fixtures.agency("sessionjourney");
        signIn(f.manager(), Fixtures.PASSWORD);
        page.navigate(url("w/" + f.ws2() + "/sessions"));
        page.locator("#session-title input").fill("Q1 planning");
        page.locator("#session-start").click();
        assertThat(page.locator("#session-heading")).hasText("Q1 planning");

        BrowserContext clientContext = context.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1400, 900).setLocale("en-GB"));
        clientContext.setDefaultTimeout(20_000);
        try {
            Page client = clientContext.newPage();
            signIn(client, f.contributor());
            client.navigate(url("w/" + f.ws2() + "/dashboard"));
            assertThat(client.locator("#session-bar-text")).hasText("Goal-setting session “Q1 planning” is running");
            client.locator("#session-bar-join").click();
            client.waitForURL(u -> u.contains("/w/" + f.ws2() + "/sessions"));
            // the manager's page lists the new participant without a reload
            assertThat(page.locator("#session-participants")).containsText("Member " + f.contributor());

            client.locator("#session-notes textarea").fill("Traffic is flat; demo rate first");
            client.locator("#session-notes-save").click();
            assertThat(page.locator("#session-notes textarea")).hasValue("Traffic is flat; demo rate first");

            page.locator("#session-decision-new input").fill("Aim for +15 % deals");
            page.locator("#session-decision-add").click();
            assertThat(client.locator("#session-decision-0 input")).hasValue("Aim for +15 % deals");
            client.locator("#session-decision-new input").fill("Keep the budget");
            client.locator("#session-decision-add").click();
            assertThat(page.locator("#session-decision-1 input")).hasValue("Keep the budget");
            screenshot("session-running");

            page.locator("#session-end").click();
            assertThat(page.locator("#session-history")).containsText("Q1 planning");
            // the client's page shows the session ended and lists the record too
            assertThat(client.locator("#session-none")).isVisible();
            assertThat(client.locator("#session-history")).containsText("Q1 planning");
            assertThat(client.locator("#session-bar")).isHidden();
        } finally {
            clientContext.close();
        }

        page.locator("#session-history vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Q1 planning"))
                .first().click();
        assertThat(page.locator("#session-record-notes")).hasText("Traffic is flat; demo rate first");
        assertThat(page.locator("#session-record-decisions")).containsText("Keep the budget");
        screenshot("session-record");
        Download download = page.waitForDownload(() -> page.locator("#session-record-download").click());
        String markdown = read(download.path());
        assertThat(markdown).startsWith("# Goal-setting session: Q1 planning")
                .contains("## Notes\n\nTraffic is flat; demo rate first", "- Aim for +15 % deals", "- Keep the budget",
                        "Member " + f.contributor());
    }

    private void signIn(Page other, String email) {
        other.navigate(url("login"));
        other.locator("vaadin-login-form input[name=username]").fill(email);
        other.locator("vaadin-login-form input[name=password]").fill(Fixtures.PASSWORD);
        other.locator("vaadin-login-form vaadin-button").first().click();
        other.waitForURL(u -> !u.contains("/login"));
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
