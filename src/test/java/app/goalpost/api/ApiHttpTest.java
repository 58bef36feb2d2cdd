package app.goalpost.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.ActualEntry;
import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.planning.DateRange;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.MutableClock;
import app.goalpost.support.WebClient;
import app.goalpost.support.WebTest;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.WorkspaceChanged;
import app.goalpost.workspace.WorkspaceId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API through real HTTP (Tomcat, the /api/** security chain, Spring MVC): tokens and their isolation, scopes,
 * no session path, bad input as problem+json naming the row with nothing written, idempotent pushes, the row and
 * size limits, and the per-token rate limit.
 */
@WebTest
@Import(ApiHttpTest.Events.class)
class ApiHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate START = LocalDate.of(2026, 5, 1);

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired MutableClock clock;
    @Autowired ApiTokenService tokens;
    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired JdbcClient jdbc;
    @Autowired Events events;

    AgencyFixture a;
    AgencyFixture b;
    long leadsA1;
    long dealsA1;
    long leadsA2;
    long leadsB1;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Records the change events the pushes publish. */
    static class Events {
        final List<WorkspaceChanged> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(WorkspaceChanged e) {
            seen.add(e);
        }
    }

    @BeforeEach
    void agencies() {
        clock.reset();
        a = fixtures.agency("apia");
        b = fixtures.agency("apib");
        fixtures.signIn(a.owner());
        leadsA1 = kpis.create(a.ws1Id(), KpiInput.count("Leads", 300, START, START.plusDays(91)));
        dealsA1 = kpis.create(a.ws1Id(), KpiInput.count("Deals", 30, START, START.plusDays(91)));
        leadsA2 = kpis.create(a.ws2Id(), KpiInput.count("Leads", 300, START, START.plusDays(91)));
        fixtures.signIn(b.owner());
        leadsB1 = kpis.create(b.ws1Id(), KpiInput.count("Leads", 300, START, START.plusDays(91)));
        Fixtures.signOut();
        events.seen.clear();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private String token(String email, Optional<WorkspaceId> workspace, Set<ApiScope> scopes) {
        fixtures.signIn(email);
        try {
            return tokens.create(workspace, "script", scopes, LocalDate.of(2026, 12, 31)).secret();
        } finally {
            Fixtures.signOut();
        }
    }

    private String tokenA1() {
        return token(a.owner(), Optional.of(a.ws1Id()), EnumSet.allOf(ApiScope.class));
    }

    private HttpResponse<String> get(String token, String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build());
    }

    private HttpResponse<String> push(String token, String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String rows(String... rows) {
        return "{\"rows\":[" + String.join(",", rows) + "]}";
    }

    private static String row(long kpiId, String date, String value) {
        return "{\"kpiId\":" + kpiId + ",\"date\":\"" + date + "\",\"value\":" + value + "}";
    }

    private long stored(long agencyId) {
        return jdbc.sql("SELECT COUNT(*) FROM kpi_actual WHERE agency_id = ?").param(agencyId).query(Long.class)
                .single();
    }

    private List<ActualEntry> actualsOf(AgencyFixture f, WorkspaceId ws, long kpiId) {
        fixtures.signIn(f.owner());
        try {
            return actuals.list(ws, new KpiId(kpiId), DateRange.of(START.minusYears(1), START.plusDays(91)));
        } finally {
            Fixtures.signOut();
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(response).get("status").asInt()).isEqualTo(status);
    }

    @Test
    void pushesByIdAndKeyAndSaysWhatEachRowDid() {
        String token = tokenA1();
        HttpResponse<String> listed = get(token, "/api/v1/kpis");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonNode kpiList = json(listed).get("kpis");
        assertThat(kpiList).hasSize(2);
        assertThat(kpiList.get(0).get("name").asString()).isEqualTo("Deals");
        assertThat(kpiList.get(0).get("key").asString()).isEqualTo("deals");
        assertThat(kpiList.get(1).get("key").asString()).isEqualTo("leads");
        assertThat(kpiList.get(1).get("status").asString()).isEqualTo("NO_DATA");

        String body = rows(row(leadsA1, "2026-05-02", "10"),
                "{\"kpi\":\"deals\",\"date\":\"2026-05-02\",\"value\":\"2.5\"}");
        HttpResponse<String> first = push(token, "/api/v1/actuals", body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first).get("created").asInt()).isEqualTo(2);
        assertThat(json(first).get("results").get(1).get("result").asString()).isEqualTo("created");
        // the push raises ACTUALS per KPI; the review trigger detection that listens to it may add REVIEW events
        List<WorkspaceChanged> pushed = events.seen.stream().filter(e -> e.kind() != ChangeKind.REVIEW).toList();
        assertThat(pushed).extracting(WorkspaceChanged::kind).containsOnly(ChangeKind.ACTUALS);
        assertThat(pushed).extracting(WorkspaceChanged::subjectId).containsExactlyInAnyOrder(leadsA1, dealsA1);

        events.seen.clear();
        HttpResponse<String> again = push(token, "/api/v1/actuals", body);
        assertThat(json(again).get("unchanged").asInt()).isEqualTo(2);
        assertThat(json(again).get("created").asInt()).isZero();
        assertThat(events.seen).isEmpty();

        HttpResponse<String> changed = push(token, "/api/v1/actuals", rows(row(leadsA1, "2026-05-02", "12"),
                row(leadsA1, "2026-05-03", "4")));
        assertThat(json(changed).get("replaced").asInt()).isEqualTo(1);
        assertThat(json(changed).get("created").asInt()).isEqualTo(1);
        assertThat(actualsOf(a, a.ws1Id(), leadsA1)).extracting(ActualEntry::value)
                .containsExactly(new java.math.BigDecimal("12"), new java.math.BigDecimal("4"));

        HttpResponse<String> read = get(token, "/api/v1/kpis/leads/actuals?from=2026-05-01&to=2026-05-31");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(json(read).get("actuals")).hasSize(2);
        assertThat(json(read).get("actuals").get(0).get("date").asString()).isEqualTo("2026-05-02");
        JsonNode leads = json(get(token, "/api/v1/kpis")).get("kpis").get(1);
        assertThat(leads.get("actual").asDouble()).isEqualTo(16.0);
        assertThat(leads.get("percentOfGoal").asDouble()).isEqualTo(5.3);
        assertThat(leads.has("projection")).isTrue();

        HttpResponse<String> summary = get(token, "/api/v1/summary");
        assertThat(summary.statusCode()).as(summary.body()).isEqualTo(200);
        assertThat(json(summary).get("kpiCount").asInt()).isEqualTo(2);
        assertThat(json(summary).get("workspaceId").asLong()).isEqualTo(a.ws1());
    }

    @Test
    void aWorkspaceTokenTouchesNothingOfAnotherWorkspaceOrAgency() {
        String token = tokenA1();
        // naming another workspace: not found, whatever it is
        for (long other : List.of(a.ws2(), a.ws3(), b.ws1())) {
            assertProblem(get(token, "/api/v1/kpis?workspace=" + other), 404);
            assertProblem(get(token, "/api/v1/summary?workspace=" + other), 404);
            assertProblem(push(token, "/api/v1/actuals?workspace=" + other, rows(row(leadsA1, "2026-05-02", "1"))),
                    404);
        }
        // naming another workspace's KPI, of this agency or another: a row error, nothing written
        long before = stored(a.agencyId()) + stored(b.agencyId());
        for (long kpi : List.of(leadsA2, leadsB1)) {
            HttpResponse<String> refused = push(token, "/api/v1/actuals", rows(row(leadsA1, "2026-05-02", "1"),
                    row(kpi, "2026-05-02", "1")));
            assertProblem(refused, 422);
            assertThat(json(refused).get("errors").get(0).get("row").asInt()).isEqualTo(1);
            assertThat(json(refused).get("errors").get(0).get("code").asString()).isEqualTo("unknown_kpi");
            assertProblem(get(token, "/api/v1/kpis/" + kpi + "/actuals?from=2026-05-01&to=2026-05-31"), 404);
        }
        assertThat(stored(a.agencyId()) + stored(b.agencyId())).isEqualTo(before);
        // agency B's key "leads" means A's own "leads" here, never B's
        assertThat(push(token, "/api/v1/actuals", "{\"rows\":[{\"kpi\":\"leads\",\"date\":\"2026-05-05\",\"value\":3}]}")
                .statusCode()).isEqualTo(200);
        assertThat(actualsOf(b, b.ws1Id(), leadsB1)).isEmpty();
        assertThat(actualsOf(a, a.ws2Id(), leadsA2)).isEmpty();
        assertThat(actualsOf(a, a.ws1Id(), leadsA1)).hasSize(1);
    }

    @Test
    void anAgencyTokenReachesOnlyWhatItsCreatorMayOpen() {
        String owners = token(a.owner(), Optional.empty(), EnumSet.allOf(ApiScope.class));
        assertProblem(get(owners, "/api/v1/kpis"), 400);
        assertThat(get(owners, "/api/v1/kpis?workspace=" + a.ws2()).statusCode()).isEqualTo(200);
        assertProblem(get(owners, "/api/v1/kpis?workspace=" + b.ws1()), 404);
        // the manager is assigned to ws1 and ws2, not ws3
        String managers = token(a.manager(), Optional.empty(), EnumSet.allOf(ApiScope.class));
        assertThat(get(managers, "/api/v1/summary?workspace=" + a.ws1()).statusCode()).isEqualTo(200);
        assertProblem(get(managers, "/api/v1/summary?workspace=" + a.ws3()), 404);
        assertProblem(push(managers, "/api/v1/actuals?workspace=" + b.ws1(), rows(row(leadsB1, "2026-05-02", "1"))),
                404);
        assertThat(stored(b.agencyId())).isZero();
    }

    @Test
    void revokedExpiredOrUnknownTokensGet401() {
        String token = tokenA1();
        assertThat(get(token, "/api/v1/kpis").statusCode()).isEqualTo(200);
        fixtures.signIn(a.owner());
        long id = tokens.list().getFirst().id();
        tokens.revoke(id);
        Fixtures.signOut();
        HttpResponse<String> revoked = get(token, "/api/v1/kpis");
        assertProblem(revoked, 401);
        assertThat(revoked.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");

        String expiring = tokenA1();
        clock.set(LocalDate.of(2027, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        assertProblem(get(expiring, "/api/v1/kpis"), 401);
        clock.reset();
        assertProblem(get("gp_" + "x".repeat(43), "/api/v1/kpis"), 401);
        assertProblem(get(expiring.substring(0, expiring.length() - 1), "/api/v1/kpis"), 401);
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/kpis")).GET().build()), 401);
    }

    @Test
    void aTokenWithoutTheScopeGets403() {
        String readOnly = token(a.owner(), Optional.of(a.ws1Id()), EnumSet.of(ApiScope.KPIS_READ));
        assertThat(get(readOnly, "/api/v1/kpis").statusCode()).isEqualTo(200);
        assertProblem(push(readOnly, "/api/v1/actuals", rows(row(leadsA1, "2026-05-02", "1"))), 403);
        String writeOnly = token(a.owner(), Optional.of(a.ws1Id()), EnumSet.of(ApiScope.ACTUALS_WRITE));
        assertProblem(get(writeOnly, "/api/v1/kpis"), 403);
        assertProblem(get(writeOnly, "/api/v1/summary"), 403);
        assertThat(push(writeOnly, "/api/v1/actuals", rows(row(leadsA1, "2026-05-02", "1"))).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aSignedInSessionCookieIsNoTokenAndTheApiCreatesNoSession() {
        WebClient browser = new WebClient(port);
        assertThat(browser.signIn(a.owner(), Fixtures.PASSWORD)).doesNotContain("error");
        assertThat(browser.signedIn()).isTrue();
        HttpResponse<String> read = browser.get("api/v1/kpis?workspace=" + a.ws1());
        assertProblem(read, 401);
        // a form post with the page's CSRF token does not open a path either
        java.util.Map<String, String> form = browser.csrfFromLoginPage();
        HttpResponse<String> write = browser.post("api/v1/actuals?workspace=" + a.ws1(), form);
        assertProblem(write, 401);
        assertThat(read.headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<String> withToken = get(tokenA1(), "/api/v1/kpis");
        assertThat(withToken.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(stored(a.agencyId())).isZero();
    }

    @Test
    void badRowsAreAllNamedAndNothingIsWritten() {
        String token = tokenA1();
        HttpResponse<String> malformed = push(token, "/api/v1/actuals", "{\"rows\":[{\"kpiId\":");
        assertProblem(malformed, 400);
        HttpResponse<String> refused = push(token, "/api/v1/actuals", rows(
                row(leadsA1, "2026-05-02", "5"),
                row(999_999_999L, "2026-05-02", "5"),
                row(leadsA1, "2026-05-03", "\"lots\""),
                row(leadsA1, "2026-05-04", "-1"),
                row(leadsA1, "2026-09-30", "1"),
                row(leadsA1, "2026-05-02", "6"),
                row(leadsA1, "not a date", "1"),
                "{\"date\":\"2026-05-02\",\"value\":1}"));
        assertProblem(refused, 422);
        JsonNode errors = json(refused).get("errors");
        List<String> codes = new ArrayList<>();
        errors.forEach(e -> codes.add(e.get("row").asInt() + ":" + e.get("field").asString() + ":"
                + e.get("code").asString()));
        assertThat(codes).containsExactly("1:kpi:unknown_kpi", "2:value:not_a_number", "3:value:negative",
                "4:date:out_of_period", "5:date:duplicate", "6:date:invalid_date", "7:kpi:missing_kpi");
        assertThat(json(refused).get("rowsReceived").asInt()).isEqualTo(8);
        assertThat(stored(a.agencyId())).isZero();
        assertThat(events.seen).isEmpty();
    }

    @Test
    void tenThousandRowsAreAcceptedAndMoreAreRefused() {
        // 10,000 distinct (KPI, day) rows: 14 KPIs of a year, each taking this year's and last year's days
        List<Long> ids = new ArrayList<>();
        fixtures.signIn(a.owner());
        for (int k = 0; k < 14; k++) {
            ids.add(kpis.create(a.ws3Id(), KpiInput.count("Bulk " + k, 300, START, START.plusDays(364))));
        }
        Fixtures.signOut();
        String token = token(a.owner(), Optional.of(a.ws3Id()), EnumSet.allOf(ApiScope.class));
        StringBuilder body = new StringBuilder("{\"rows\":[");
        int n = 0;
        outer:
        for (long kpi : ids) {
            for (int d = 0; d < 365; d++) {
                for (LocalDate date : List.of(START.plusDays(d), START.plusDays(d).minusYears(1))) {
                    body.append(n == 0 ? "" : ",").append(row(kpi, date.toString(), Integer.toString(n % 97)));
                    if (++n == 10_000) {
                        break outer;
                    }
                }
            }
        }
        String full = body + "]}";
        HttpResponse<String> accepted = push(token, "/api/v1/actuals", full);
        assertThat(accepted.statusCode()).as(accepted.body().substring(0, Math.min(500, accepted.body().length())))
                .isEqualTo(200);
        assertThat(json(accepted).get("created").asInt()).isEqualTo(10_000);
        assertThat(stored(a.agencyId())).isEqualTo(10_000);
        HttpResponse<String> again = push(token, "/api/v1/actuals", full);
        assertThat(json(again).get("unchanged").asInt()).isEqualTo(10_000);

        HttpResponse<String> tooMany = push(token, "/api/v1/actuals", body + "," + row(ids.getLast(), "2026-06-30", "1")
                + "]}");
        assertProblem(tooMany, 413);
        assertThat(json(tooMany).get("detail").asString()).contains("10000");
        HttpResponse<String> tooLarge = push(token, "/api/v1/actuals",
                "{\"rows\":[], \"padding\":\"" + "x".repeat(4_200_000) + "\"}");
        assertProblem(tooLarge, 413);
        assertThat(stored(a.agencyId())).isEqualTo(10_000);
    }

    @Test
    void theRateLimitAnswers429WithRetryAfter() {
        String token = tokenA1();
        String other = tokenA1();
        for (int i = 0; i < 300; i++) {
            HttpResponse<String> ok = get(token, "/api/v1/kpis/0/actuals?from=2026-05-01&to=2026-05-02");
            assertThat(ok.statusCode()).isNotEqualTo(429);
        }
        HttpResponse<String> limited = get(token, "/api/v1/kpis");
        assertProblem(limited, 429);
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        // per token: another token of the same workspace is not limited
        assertThat(get(other, "/api/v1/kpis").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(61));
        assertThat(get(token, "/api/v1/kpis").statusCode()).isEqualTo(200);
    }
}
