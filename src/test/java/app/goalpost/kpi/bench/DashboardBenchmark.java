package app.goalpost.kpi.bench;

import app.goalpost.GoalpostApplication;
import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.PacingService;
import app.goalpost.kpi.RawRow;
import app.goalpost.kpi.ui.KpiChart;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.support.ChartOptions;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.workspace.WorkspaceId;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHook;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * The KPI dashboard benchmark (not a test: no Test/IT suffix, Surefire and Failsafe ignore it). It starts
 * the app on the test profile (in-memory H2), builds a workspace of 25 KPIs × 365 daily actuals (plus last year's
 * 365 each, so every chart is seasonal), then measures:
 * <ol>
 *   <li>the data step in-process: {@code PacingService.dashboard} (3 queries + engine), median of 50 runs;</li>
 *   <li>the view build in-process (Karibu's mocked Vaadin): navigating to the dashboard, median of 30 runs, and the
 *       JSON size of the 25 chart options;</li>
 *   <li>in headless Chromium, per page load: the server time of the request that builds the view (Vaadin's
 *       {@code v-r=init}, from the request's start to the response's first byte), the bytes that response sends
 *       (uncompressed JSON: components and all 25 chart options), and the time from navigation start until all 25
 *       chart canvases have rendered ({@code data-rendered="true"}).</li>
 * </ol>
 * Command and results: docs/benchmarks.md.
 */
public final class DashboardBenchmark {

    private static final int KPIS = 25;
    private static final int DAYS = 365;
    private static final int LOADS = Integer.getInteger("loads", 15);
    /** Loads before this one warm the JIT and are reported but not counted. */
    private static final int WARM_FROM = 5;

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(GoalpostApplication.class)
                .profiles("test").run("--server.port=0", "--logging.level.root=warn");
        try {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            Fixtures fixtures = ctx.getBean(Fixtures.class);
            AgencyFixture f = fixtures.agency("bench");
            fixtures.signIn(f.owner());
            long ws = f.ws1();
            seed(ctx, ws);
            measureData(ctx.getBean(PacingService.class), ws);
            measureViewBuild(ctx, fixtures, f.owner(), ws);
            Fixtures.signOut();
            measureBrowser(port, f.owner(), ws);
        } finally {
            ctx.close();
        }
    }

    static void seed(ConfigurableApplicationContext ctx, long ws) {
        KpiService kpis = ctx.getBean(KpiService.class);
        ActualsService actuals = ctx.getBean(ActualsService.class);
        LocalDate today = ctx.getBean(PacingService.class).today(new WorkspaceId(ws));
        LocalDate start = today.minusDays(DAYS - 1);
        Random random = new Random(42);
        long t0 = System.nanoTime();
        for (int k = 0; k < KPIS; k++) {
            String name = "KPI " + (k + 1);
            double pace = 0.85 + 0.3 * random.nextDouble();
            kpis.create(new WorkspaceId(ws), KpiInput.count(name, 100 * DAYS, start, today));
            List<RawRow> rows = new ArrayList<>(2 * DAYS);
            for (int d = 0; d < DAYS; d++) {
                rows.add(new RawRow(d + 1, start.plusDays(d).toString(), name,
                        String.valueOf(Math.round(100 * pace * (0.6 + 0.8 * random.nextDouble())))));
                rows.add(new RawRow(DAYS + d + 1, start.minusYears(1).plusDays(d).toString(), name,
                        String.valueOf(Math.round(100 * (0.6 + 0.8 * random.nextDouble())))));
            }
            actuals.importRows(new WorkspaceId(ws), Optional.empty(), rows);
        }
        System.out.printf("seeded %d KPIs x %d daily actuals (+ last year's) in %d ms%n", KPIS, DAYS,
                (System.nanoTime() - t0) / 1_000_000);
    }

    private static void measureData(PacingService pacing, long ws) {
        double[] ms = new double[50];
        for (int i = 0; i < 20; i++) {
            pacing.dashboard(new WorkspaceId(ws)); // warm-up
        }
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            int n = pacing.dashboard(new WorkspaceId(ws)).kpis().size();
            ms[i] = (System.nanoTime() - t) / 1e6;
            if (n != KPIS) {
                throw new IllegalStateException("expected " + KPIS + " KPIs, got " + n);
            }
        }
        System.out.printf("PacingService.dashboard (queries + engine, in-process): median %.1f ms, min %.1f ms%n",
                median(ms), Arrays.stream(ms).min().orElseThrow());
    }

    /**
     * The view alone, in-process (Karibu's mocked Vaadin on the real Spring context): navigation to the dashboard,
     * i.e. access check, the data step and building 25 cards with their chart options, without HTTP or the
     * serialisation of the response. Also the size of the 25 chart options.
     */
    private static void measureViewBuild(ConfigurableApplicationContext ctx, Fixtures fixtures, String email,
            long ws) {
        TestingLifecycleHook previousHook = TestingLifecycleHookKt.getTestingLifecycleHook();
        TestingLifecycleHookKt.setTestingLifecycleHook(ChartOptions.recording(previousHook));
        MockVaadin.setup(UI::new, new MockSpringServlet(app.goalpost.support.KaribuSupport.routes(), ctx, UI::new));
        try {
            GoalpostPrincipal principal = fixtures.signIn(email);
            jakarta.servlet.ServletRequest request = ((VaadinServletRequest) VaadinServletRequest.getCurrent())
                    .getRequest();
            while (!(request instanceof FakeRequest) && request instanceof jakarta.servlet.ServletRequestWrapper w) {
                request = w.getRequest();
            }
            FakeRequest fake = (FakeRequest) request;
            fake.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
            fake.setUserInRole((p, role) -> principal.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            double[] ms = new double[30];
            long chartBytes = 0;
            for (int i = -10; i < ms.length; i++) {
                UI.getCurrent().navigate("w/" + ws + "/settings"); // leave, so the dashboard is built afresh
                long t = System.nanoTime();
                UI.getCurrent().navigate("w/" + ws + "/dashboard");
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                List<KpiChart> charts = new ArrayList<>();
                // Vaadin 25 keeps the routed view under a wrapper element: start from the view itself
                collect((com.vaadin.flow.component.Component) UI.getCurrent().getInternals()
                        .getActiveRouterTargetsChain().getFirst(), charts);
                if (charts.size() != KPIS) {
                    throw new IllegalStateException("expected " + KPIS + " charts, got " + charts.size());
                }
                // what the charts sent to the browser (a round trip, outside the timing)
                chartBytes = charts.stream().mapToLong(c -> ChartOptions.lastSent(c).length()).sum();
            }
            System.out.printf("dashboard view build (in-process, no HTTP): median %.1f ms, min %.1f ms;"
                    + " 25 chart options: %d bytes of JSON%n", median(ms), Arrays.stream(ms).min().orElseThrow(),
                    chartBytes);
        } finally {
            MockVaadin.tearDown();
            TestingLifecycleHookKt.setTestingLifecycleHook(previousHook);
        }
    }

    private static void collect(com.vaadin.flow.component.Component root, List<KpiChart> out) {
        if (root instanceof KpiChart chart) {
            out.add(chart);
        }
        root.getChildren().forEach(c -> collect(c, out));
    }

    private static void measureBrowser(int port, String email, long ws) {
        try (Playwright playwright = Playwright.create()) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(java.nio.file.Path.of("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
            page.setDefaultTimeout(60_000);
            page.navigate("http://localhost:" + port + "/login");
            page.locator("vaadin-login-form input[name=username]").fill(email);
            page.locator("vaadin-login-form input[name=password]").fill(Fixtures.PASSWORD);
            page.locator("vaadin-login-form vaadin-button").first().click();
            page.waitForURL(u -> !u.contains("/login"));
            String url = "http://localhost:" + port + "/w/" + ws + "/dashboard";
            double[] server = new double[LOADS];
            double[] render = new double[LOADS];
            long[] bytes = new long[LOADS];
            for (int i = 0; i < LOADS; i++) {
                List<Response> init = new ArrayList<>();
                java.util.function.Consumer<Response> listener = r -> {
                    if (r.url().contains("v-r=")) {
                        init.add(r);
                    }
                };
                page.onResponse(listener);
                page.navigate(url);
                page.waitForFunction("n => document.querySelectorAll('.gp-chart[data-rendered=true] canvas').length >= n",
                        KPIS);
                render[i] = ((Number) page.evaluate("performance.now()")).doubleValue();
                page.offResponse(listener);
                // the view is built in the request that navigates (the largest Vaadin response of the load)
                Response r = init.stream().max(java.util.Comparator.comparingLong(x -> x.request().sizes().responseBodySize))
                        .orElseThrow();
                server[i] = r.request().timing().responseStart - r.request().timing().requestStart;
                bytes[i] = r.request().sizes().responseBodySize;
                if (i == LOADS - 1) {
                    try {
                        java.nio.file.Files.write(java.nio.file.Path.of("target", "bench-dashboard-response.json"),
                                r.body());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                double origin = ((Number) page.evaluate("performance.timeOrigin")).doubleValue();
                double dataAt = r.request().timing().startTime + r.request().timing().responseEnd - origin;
                System.out.printf("load %d: view request %s: server %.0f ms, %d bytes; data in at %.0f ms;"
                        + " all %d charts rendered at %.0f ms%n", i + 1, r.url().replaceAll(".*\\?", ""), server[i],
                        bytes[i], dataAt, KPIS, render[i]);
            }
            // says which Vaadin mode was measured: dev mode adds the dev tools to every page
            System.out.println("Vaadin dev tools on the page (dev mode): "
                    + page.evaluate("!!document.querySelector('vaadin-dev-tools')"));
            double[] warmServer = Arrays.copyOfRange(server, WARM_FROM, LOADS);
            double[] warmRender = Arrays.copyOfRange(render, WARM_FROM, LOADS);
            System.out.printf("warm median (loads %d-%d): server %.0f ms, render %.0f ms, %d bytes%n", WARM_FROM + 1,
                    LOADS,
                    median(warmServer), median(warmRender), bytes[LOADS - 1]);
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots",
                    "kpi-dashboard-benchmark.png")).setFullPage(false));
            browser.close();
        }
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
