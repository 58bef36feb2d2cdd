package app.goalpost.share;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.MutableClock;
import app.goalpost.support.WebClient;
import app.goalpost.support.WebTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shared page over real HTTP (Tomcat, the security filter chain, Vaadin's anonymous-route check, the first
 * render on the server): revoked, expired and unknown links answer identically, a link shows its one workspace
 * whatever else the URL says, token guessing is throttled, and nothing besides {@code /s/<token>} opens anonymously.
 */
@WebTest
class SharedPageHttpTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ShareFixtures shareFixtures;
    @Autowired ShareLinkService shares;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    AgencyFixture f;
    AgencyFixture other;

    @BeforeEach
    void agencies() {
        clock.reset();
        jdbc.sql("DELETE FROM throttle_event").update();
        f = fixtures.agency("sharehttp");
        other = fixtures.agency("sharehttpother");
        shareFixtures.kpi(f, f.ws1Id(), "Alpha qualified leads");
        shareFixtures.kpi(f, f.ws2Id(), "Beta hidden pipeline");
        shareFixtures.kpi(other, other.ws1Id(), "Foreign agency revenue");
    }

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    @Test
    void aLinkOpensItsWorkspacesDashboardAnonymouslyWithoutTheAppShell() {
        String token = shareFixtures.link(f.manager(), f.ws1Id(), "");
        HttpResponse<String> page = new WebClient(port).get("s/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Alpha qualified leads", "Read-only view")
                .doesNotContain("Beta hidden pipeline", "Foreign agency revenue", "vaadin-app-layout", "main-nav",
                        "workspace-switcher", "user-menu", "Member " + f.manager());
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'", "default-src 'self'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void revokedExpiredUnknownAndTamperedLinksAnswerIdentically() {
        String revoked = shareFixtures.link(f.owner(), f.ws1Id(), "");
        fixtures.signIn(f.owner());
        shares.revoke(f.ws1Id(), shares.list(f.ws1Id()).getFirst().id());
        Fixtures.signOut();
        String expired = shareFixtures.link(f.owner(), f.ws2Id(), "with-a-password");
        clock.advance(Duration.ofDays(32));
        String valid = shareFixtures.link(f.owner(), f.ws1Id(), "");
        String tampered = valid.substring(0, 20) + (valid.charAt(20) == 'x' ? 'y' : 'x') + valid.substring(21);
        String unknown = ShareTokens.newToken();

        WebClient anonymous = new WebClient(port);
        String reference = null;
        for (String token : List.of(revoked, expired, unknown, tampered)) {
            HttpResponse<String> page = anonymous.get("s/" + token);
            assertThat(page.statusCode()).as(token).isEqualTo(404);
            assertThat(page.body()).as(token).contains("Link unavailable", "This link does not open anything.")
                    .doesNotContain("Alpha qualified leads", "Beta hidden pipeline", "vaadin-app-layout");
            String normalised = normalise(page.body(), token);
            if (reference == null) {
                reference = normalised;
            } else {
                assertThat(normalised).as(token).isEqualTo(reference);
            }
        }
        assertThat(anonymous.get("s/" + valid).statusCode()).isEqualTo(200);
    }

    @Test
    void aLinkNeverReachesAnotherWorkspaceWhateverTheUrl() {
        String token = shareFixtures.link(f.owner(), f.ws1Id(), "");
        WebClient anonymous = new WebClient(port);
        for (String path : List.of("s/" + token + "?workspaceId=" + f.ws2(), "s/" + token + "?workspace=" + other.ws1(),
                "s/" + token + "?w=" + f.ws2() + "&agency=" + other.agencyId())) {
            HttpResponse<String> page = anonymous.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("Alpha qualified leads")
                    .doesNotContain("Beta hidden pipeline", "Foreign agency revenue");
        }
        // anything else under or around /s/ is no anonymous route: the sign-in page, never data
        for (String path : List.of("s", "s/", "s/" + token + "/w/" + f.ws2(), "s/" + token + "/dashboard",
                "w/" + f.ws2() + "/dashboard", "w/" + f.ws1() + "/share")) {
            HttpResponse<String> page = anonymous.get(path);
            assertThat(page.statusCode()).as(path).isIn(302, 403, 404);
            assertThat(page.body()).as(path).doesNotContain("Alpha qualified leads", "Beta hidden pipeline");
        }
    }

    @Test
    void bruteForceOfTokensIsThrottledPerAddress() {
        String valid = shareFixtures.link(f.owner(), f.ws1Id(), "");
        // its own loopback address: the throttle of 127.0.0.1 stays untouched for the other tests
        WebClient guesser = new WebClient(port, "127.0.0.9");
        for (int i = 0; i < 20; i++) {
            assertThat(guesser.get("s/" + ShareTokens.newToken()).statusCode()).as("guess %d", i).isEqualTo(404);
        }
        HttpResponse<String> throttled = guesser.get("s/" + ShareTokens.newToken());
        assertThat(throttled.statusCode()).isEqualTo(503);
        assertThat(throttled.body()).contains("Too many attempts");
        // blocked whatever the token, the valid one included: the block says nothing about tokens
        assertThat(guesser.get("s/" + valid).statusCode()).isEqualTo(503);
        assertThat(new WebClient(port).get("s/" + valid).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(16));
        assertThat(guesser.get("s/" + valid).statusCode()).isEqualTo(200);
    }

    @Test
    void aReportLinkShowsItsWorkspacesReportAndServesItsPdfAnonymouslyWhateverTheUrl() {
        String token = shareFixtures.reportLink(f.manager(), f.ws1Id(), "");
        WebClient anonymous = new WebClient(port);
        String pdfPath = null;
        for (String path : List.of("s/" + token, "s/" + token + "?period=2025-01&workspaceId=" + f.ws2(),
                "s/" + token + "?workspace=" + other.ws1() + "&kind=DASHBOARD")) {
            HttpResponse<String> page = anonymous.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("Alpha qualified leads", "Read-only view", "shared-report-pdf")
                    .doesNotContain("Beta hidden pipeline", "Foreign agency revenue", "vaadin-app-layout", "main-nav",
                            "vaadin-select", "January 2025");
            java.util.regex.Matcher href = java.util.regex.Pattern.compile("VAADIN/dynamic/resource/[^\"\\\\]+")
                    .matcher(page.body());
            assertThat(href.find()).as(path).isTrue();
            pdfPath = href.group();
        }
        HttpResponse<String> pdf = anonymous.get(pdfPath);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/pdf"));
        assertThat(pdf.body()).startsWith("%PDF");
        // the download belongs to the page's session: another visitor gets nothing from the same address
        assertThat(new WebClient(port).get(pdfPath).body()).doesNotStartWith("%PDF");

        // revoked and expired report links answer exactly like an unknown token
        fixtures.signIn(f.owner());
        shares.revoke(f.ws1Id(), shares.list(f.ws1Id()).getFirst().id());
        Fixtures.signOut();
        assertThat(anonymous.get(pdfPath).body()).doesNotStartWith("%PDF");
        String expired = shareFixtures.reportLink(f.owner(), f.ws2Id(), "");
        clock.advance(Duration.ofDays(32));
        String unknown = ShareTokens.newToken();
        String reference = normalise(new WebClient(port).get("s/" + unknown).body(), unknown);
        for (String gone : List.of(token, expired)) {
            HttpResponse<String> page = new WebClient(port).get("s/" + gone);
            assertThat(page.statusCode()).as(gone).isEqualTo(404);
            assertThat(normalise(page.body(), gone)).as(gone).isEqualTo(reference);
        }
    }

    @Test
    void aPasswordProtectedLinkAsksForThePasswordBeforeShowingAnything() {
        String token = shareFixtures.link(f.owner(), f.ws1Id(), "client-password");
        HttpResponse<String> page = new WebClient(port).get("s/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("This link is protected", "share-password")
                .doesNotContain("Alpha qualified leads");
    }

    /**
     * What the page says and is made of, without what differs on every response anyway (ids, tokens, CSRF and sync
     * ids, timings, the order of Vaadin's constant map): its length, its title, and every quoted string
     * with a space in it (the texts), sorted.
     */
    private static String normalise(String body, String token) {
        String plain = body.replace(token, "TOKEN").replaceAll("[A-Za-z0-9_=+/-]{16,}", "ID")
                .replaceAll("-?[0-9]+", "0");
        java.util.TreeSet<String> texts = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*\\s(?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(plain);
        while (m.find()) {
            texts.add(m.group(1));
        }
        java.util.regex.Matcher title = java.util.regex.Pattern.compile("<title>([^<]*)</title>").matcher(plain);
        return (title.find() ? title.group(1) : "") + "|" + plain.length() + "|" + texts;
    }
}
