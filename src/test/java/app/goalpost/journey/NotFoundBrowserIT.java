package app.goalpost.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.support.BrowserSupport;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.TestProfiles;
import com.microsoft.playwright.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP in Chromium: unknown URLs, another agency's workspace and a missing one all answer 404 with the
 * app's not-found page inside the app shell (same text for each), with a tab title; the favicon is served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
class NotFoundBrowserIT extends BrowserSupport {

    @Test
    void unknownPagesAndForeignWorkspacesAnswer404WithTheAppsPage() {
        AgencyFixture f = fixtures.agency("notfound");
        AgencyFixture other = fixtures.agency("notfoundother");
        signIn(f.owner(), Fixtures.PASSWORD);

        String text = null;
        for (String path : new String[] {"nonexistent-page", "w/" + f.ws1() + "/foo",
                "w/" + other.ws1() + "/dashboard", "w/99999999/dashboard", "w/" + other.ws1(),
                "w/" + f.ws1() + "/scenarios/1/edit"}) {
            Response response = page.navigate(url(path));
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(page.locator(".gp-not-found")).containsText("Page not found");
            assertThat(page.locator("#main-nav")).isVisible();
            assertThat(page).hasTitle("Page not found · Goalpost");
            String shown = page.locator(".gp-not-found").innerText();
            assertThat(text == null || text.equals(shown)).as(path + " shows the same page").isTrue();
            text = shown;
            if (path.equals("nonexistent-page")) {
                screenshot("not-found");
            }
        }
        Response own = page.navigate(url("w/" + f.ws1() + "/dashboard"));
        assertThat(own.status()).isEqualTo(200);
    }

    @Test
    void theFaviconIsServed() throws Exception {
        HttpResponse<byte[]> icon = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("favicon.ico"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
    }
}
