package app.goalpost.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.goalpost.support.BrowserSupport;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.MutableClock;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.TestProfiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The review page in real Chromium: the dashboard's line opens it, a manager records a trigger (the review is due
 * now and says why), keeps the plan with notes, and the past review is listed with the trigger it closed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
class ReviewBrowserIT extends BrowserSupport {

    @Autowired MutableClock clock;

    @Test
    void recordATriggerThenKeepThePlan() {
        clock.reset();
        AgencyFixture f = fixtures.agency("reviewjourney");
        signIn(f.manager(), Fixtures.PASSWORD);
        page.navigate(url("w/" + f.ws1() + "/dashboard"));
        assertThat(page.locator("#dashboard-review-due")).hasText("Review due in 42 days");
        page.locator("#dashboard-review-due").click();
        page.waitForURL(u -> u.contains("/w/" + f.ws1() + "/reviews"));
        assertThat(page.locator("#review-due")).hasText("Review due in 42 days");

        page.locator("#review-trigger-reason input").fill("Retail buyers now");
        page.locator("#review-trigger-record").click();
        assertThat(page.locator("#review-due")).hasText("Review due now: audience changed");
        assertThat(page.locator("#review-triggers")).containsText("audience changed: Retail buyers now");
        screenshot("review-due-now");

        page.locator("#review-notes textarea").fill("Audience checked, plan holds");
        page.locator("#review-keep").click();
        assertThat(page.locator("#review-due")).hasText("Review due in 42 days");
        assertThat(page.locator("#review-triggers")).containsText("No open trigger.");
        assertThat(page.locator("#review-history")).containsText("Audience checked, plan holds");
        assertThat(page.locator("#review-history")).containsText("audience changed");
        screenshot("review-kept");
        clock.reset();
    }
}
