package app.goalpost.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.support.BrowserSupport;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.TestProfiles;
import app.goalpost.support.TestClockConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Sign-in in real Chromium: wrong password message, then the agency home and a workspace page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
class SignInBrowserIT extends BrowserSupport {

    @Test
    void ownerSignsInSeesWorkspacesAndOpensOne() {
        AgencyFixture f = fixtures.agency("browser");
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(f.owner());
        page.locator("vaadin-login-form input[name=password]").fill("not-the-password");
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> u.contains("error"));
        assertThat(page.locator("vaadin-login-form")).containsText("Incorrect email or password");
        screenshot("login-error");

        signIn(f.owner(), Fixtures.PASSWORD);
        assertThat(page.locator("#workspaces-grid")).containsText("browser Alpha");
        assertThat(page.locator("#main-nav")).containsText("Users");
        screenshot("agency-home");

        page.navigate(url("w/" + f.ws2() + "/settings"));
        assertThat(page.locator("#workspace-title")).containsText("browser Beta");
        assertThat(page.locator("#baseline-recommendation")).containsText("previous month or quarter");
        screenshot("workspace-settings");

        signIn(f.client(), Fixtures.PASSWORD);
        page.navigate(url("w/" + f.ws2()));
        assertThat(page.locator("body")).containsText("Page not found");
        assertThat(page.url()).contains("/w/" + f.ws2());
        screenshot("client-not-found");
    }
}
