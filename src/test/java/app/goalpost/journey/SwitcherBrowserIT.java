package app.goalpost.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.goalpost.support.BrowserSupport;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.TestProfiles;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Ctrl+K in Chromium: an empty focused search with the list open; typing narrows; Enter opens the first match. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
class SwitcherBrowserIT extends BrowserSupport {

    @Test
    void ctrlKTypeEnter() {
        AgencyFixture f = fixtures.agency("kbd");
        signIn(f.owner(), Fixtures.PASSWORD);
        page.navigate(url("w/" + f.ws1() + "/settings"));
        assertThat(page.locator("#workspace-title")).containsText("kbd Alpha");

        page.keyboard().press("Control+k");
        assertThat(page.locator("#quick-switcher-list")).containsText("kbd Beta");
        assertThat(page.locator("#quick-switcher-search input")).isFocused();
        assertThat(page.locator("#quick-switcher-search input")).hasValue("");
        screenshot("quick-switcher");

        page.keyboard().type("gamm");
        assertThat(page.locator("#quick-switcher-list")).not().containsText("kbd Beta");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/w/" + f.ws3() + "/settings"));
        assertThat(page.locator("#workspace-title")).containsText("kbd Gamma");
    }
}
