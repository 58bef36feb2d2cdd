package app.goalpost.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.WebClient;
import app.goalpost.support.WebTest;
import java.time.LocalDate;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI document and Swagger UI next to the Vaadin app: served to signed-in staff only (not anonymous, not
 * client users, not to an API token), and the app's pages still answer as before.
 */
@WebTest
class ApiDocsHttpTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApiTokenService tokens;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void staffReadTheDocumentAndTheUiOthersDoNot() {
        AgencyFixture f = fixtures.agency("apidocs");
        WebClient anonymous = new WebClient(port);
        assertThat(anonymous.get("v3/api-docs").statusCode()).isEqualTo(302);
        assertThat(anonymous.get("swagger-ui/index.html").statusCode()).isEqualTo(302);

        fixtures.signIn(f.owner());
        String token = tokens.create(Optional.empty(), "docs", EnumSet.allOf(ApiScope.class),
                LocalDate.of(2026, 9, 1)).secret();
        Fixtures.signOut();
        HttpResponse<String> withToken = anonymous.get("v3/api-docs", "Authorization", "Bearer " + token);
        assertThat(withToken.statusCode()).isEqualTo(302);

        WebClient client = new WebClient(port);
        client.signIn(f.client(), Fixtures.PASSWORD);
        assertThat(client.signedIn()).isTrue();
        assertThat(client.get("v3/api-docs").statusCode()).isEqualTo(403);
        assertThat(client.get("swagger-ui/index.html").statusCode()).isEqualTo(403);

        for (String staff : new String[] {f.owner(), f.manager()}) {
            WebClient browser = new WebClient(port);
            browser.signIn(staff, Fixtures.PASSWORD);
            HttpResponse<String> document = browser.get("v3/api-docs");
            assertThat(document.statusCode()).isEqualTo(200);
            assertThat(document.body()).contains("\"openapi\":\"3.", "/api/v1/actuals", "/api/v1/kpis",
                    "/api/v1/kpis/{kpi}/actuals", "/api/v1/summary", "bearer").doesNotContain("/login");
            HttpResponse<String> ui = browser.get("swagger-ui/index.html");
            assertThat(ui.statusCode()).isEqualTo(200);
            assertThat(ui.body()).contains("swagger-ui");
            // the Vaadin app is still served at its own paths
            assertThat(browser.get("").statusCode()).isEqualTo(200);
            assertThat(browser.get("api-tokens").statusCode()).isEqualTo(200);
        }
    }
}
