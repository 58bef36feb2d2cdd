package app.goalpost.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.PacingService;
import app.goalpost.support.BrowserSupport;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.TestProfiles;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Content-Security-Policy (SecurityConfig) in real Chromium: Vaadin's client engine, Lumo and the ECharts
 * glue work under it, with no violation reported on the main pages (signed out and signed in, charts drawn),
 * and every page arrives with the policy and without a session id in its URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
class ContentSecurityPolicyBrowserIT extends BrowserSupport {

    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired PacingService pacing;

    @Test
    void noPageReportsAPolicyViolation() {
        AgencyFixture f = fixtures.agency("csp");
        fixtures.signIn(f.owner());
        LocalDate today = pacing.today(f.ws1Id());
        LocalDate start = today.minusDays(30);
        long leads = kpis.create(f.ws1Id(), KpiInput.count("Leads", 300, start, start.plusDays(89)));
        actuals.save(f.ws1Id(), new KpiId(leads), Granularity.DAY, Map.of(start, Optional.of(new BigDecimal("50")),
                today, Optional.of(new BigDecimal("70"))));
        Fixtures.signOut();

        List<String> problems = new ArrayList<>();
        page.onConsoleMessage((ConsoleMessage m) -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")
                    || m.text().contains("Permissions-Policy")) {
                problems.add(m.type() + ": " + m.text());
            }
        });
        page.onPageError(error -> problems.add("page error: " + error));
        // The browser's own report of each blocked load or evaluation, also for those not logged to the console.
        page.addInitScript("window.__cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
                + "e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));");

        visit("w/" + f.ws1(), "vaadin-login-form input[name=username]", problems);
        assertThat(page.url()).endsWith("/login").doesNotContainIgnoringCase("jsessionid");
        visit("signup", "#sign-up", problems);

        signIn(f.owner(), Fixtures.PASSWORD);
        visit("", "#workspaces-grid", problems);

        visit("w/" + f.ws1() + "/dashboard", ".gp-chart[data-rendered=true] canvas", problems);
        visit("w/" + f.ws1() + "/kpis/" + leads, "#kpi-chart[data-rendered=true] canvas", problems);
        visit("w/" + f.ws1() + "/kpis", "vaadin-grid:visible", problems);
        visit("w/" + f.ws1() + "/funnel", "#main-nav", problems);
        visit("w/" + f.ws1() + "/levers", "#main-nav", problems);
        visit("w/" + f.ws1() + "/scenarios", "#main-nav", problems);
        visit("w/" + f.ws1() + "/settings", "#workspace-title", problems);
        visit("users", "vaadin-grid:visible", problems);
        visit("account", "#change-password", problems);
        screenshot("csp-account");
    }

    private void visit(String path, String selector, List<String> problems) {
        Response response = page.navigate(url(path));
        assertThat(response.allHeaders()).as(path).containsKey("content-security-policy");
        try {
            page.locator(selector).first().waitFor();
        } catch (PlaywrightException e) {
            // A page that did not render: the policy may be why, so its reports come first.
            checkNoViolations(path, problems);
            throw e;
        }
        checkNoViolations(path, problems);
    }

    @SuppressWarnings("unchecked")
    private void checkNoViolations(String where, List<String> problems) {
        // Give late scripts (the chart glue, Vaadin's lazy chunks) a moment to run into the policy.
        page.waitForTimeout(500);
        List<String> reported = (List<String>) page.evaluate("() => window.__cspViolations || []");
        assertThat(reported).as("CSP violations on %s", where).isEmpty();
        assertThat(problems).as("console on %s", where).isEmpty();
    }
}
