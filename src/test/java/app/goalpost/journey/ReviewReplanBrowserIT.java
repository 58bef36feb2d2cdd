package app.goalpost.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.KpiSummary;
import app.goalpost.review.ReplanTestData;
import app.goalpost.review.ReviewService;
import app.goalpost.review.TriggerKind;
import app.goalpost.support.BrowserSupport;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.MutableClock;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.TestProfiles;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The review itself in real Chromium: mid-Q4, a manager opens the review, sees the plan of record side by side with
 * the plan's goal on Q3's actuals, re-plans and adopts; the customers KPI's target moves from 21 to 23 on its page;
 * the record is in the past reviews; the client contributor then sees the outcome.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
class ReviewReplanBrowserIT extends BrowserSupport {

    @Autowired MutableClock clock;
    @Autowired ReplanTestData data;
    @Autowired ReviewService reviews;
    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;

    @Test
    void replanCompareAdoptAndTheClientSeesTheOutcome() {
        clock.set(Instant.parse("2026-11-15T10:00:00Z"));
        // the review page solves two plans and reads a dozen KPIs: on a loaded build machine, give it time
        context.setDefaultTimeout(60_000);
        context.setDefaultNavigationTimeout(90_000);
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        try {
            AgencyFixture f = fixtures.agency("replanjourney");
            fixtures.signIn(f.owner());
            data.planOfRecordWithQ3Actuals(f.ws2Id(), ReplanTestData.Q3_ACTUALS);
            KpiSummary customers = kpis.list(f.ws2Id(), false).stream()
                    .filter(k -> k.sourceScenarioId().isPresent() && k.stageKey().equals(Optional.of("customer")))
                    .findFirst().orElseThrow();
            actuals.save(f.ws2Id(), new KpiId(customers.id()), Granularity.DAY,
                    Map.of(LocalDate.of(2026, 11, 2), Optional.of(BigDecimal.valueOf(6))));
            fixtures.signIn(f.contributor());
            reviews.recordTrigger(f.ws2Id(), TriggerKind.AD_COSTS_RISING, "CPC up 20%");
            Fixtures.signOut();

            signIn(f.manager(), Fixtures.PASSWORD);
            page.navigate(url("w/" + f.ws2() + "/kpis/" + customers.id()));
            assertThat(page.locator("#kpi-achieved")).containsText("6 of 21");

            page.navigate(url("w/" + f.ws2() + "/reviews"));
            page.locator("#review-hold").click();
            page.waitForURL(u -> u.contains("/reviews/hold"));
            assertThat(page.locator("#replan-plan")).containsText("Q4 growth");
            assertThat(page.locator("#replan-triggers")).containsText("ad costs rising: CPC up 20%");
            assertThat(page.locator("#replan-basis")).containsText("Previous period");
            assertThat(page.locator("#replan-compare")).containsText("23");
            screenshot("replan-staff");

            page.locator("#replan-notes textarea").fill("Q3 converted better than planned: re-plan on Q3");
            page.locator("#replan-adopt").click();
            page.waitForURL(u -> u.contains("/reviews/record/"));
            assertThat(page.locator("#record-decision")).containsText("Re-planned");
            assertThat(page.locator("#record-closed")).containsText("CPC up 20%");
            assertThat(page.locator("#record-after")).containsText("23");
            screenshot("replan-record");

            page.navigate(url("w/" + f.ws2() + "/kpis/" + customers.id()));
            assertThat(page.locator("#kpi-achieved")).containsText("6 of 23");
            page.navigate(url("w/" + f.ws2() + "/reviews"));
            assertThat(page.locator("#review-history")).containsText("Re-planned");

            context.close();
            context = newContext();
            context.setDefaultTimeout(60_000);
            context.setDefaultNavigationTimeout(90_000);
            page = context.newPage();
            signIn(f.contributor(), Fixtures.PASSWORD);
            page.navigate(url("w/" + f.ws2() + "/reviews"));
            assertThat(page.locator("#review-history")).containsText("Re-planned");
            page.locator("#review-history").getByText("Re-planned").click();
            page.waitForURL(u -> u.contains("/reviews/record/"));
            assertThat(page.locator("#record-notes")).containsText("Q3 converted better");
            screenshot("replan-client-record");
            page.navigate(url("w/" + f.ws2() + "/reviews/hold"));
            assertThat(page.locator("#replan-intro")).containsText("Agency staff hold the review");
            screenshot("replan-client");
        } finally {
            com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
            clock.reset();
            Fixtures.signOut();
        }
    }
}
