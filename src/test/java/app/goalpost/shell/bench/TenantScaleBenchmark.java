package app.goalpost.shell.bench;

import app.goalpost.support.Fixtures;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tenant scale, measured from outside (not a test: no Test/IT suffix). Drives headless Chromium (Playwright, the
 * Debian package) against a running app ({@code -Dbase=http://127.0.0.1:8117}; {@code src/test/bench/tenant-scale.sh}
 * starts the production jar on the data set of {@link ScaleSeeder}), signed in as the owner of the small agency in one
 * browser context and as the owner of the large one in another. Each round visits, for both agencies one after the
 * other (interleaved, so that the machine's load hits both alike):
 * agency home (full load) → switcher opened → switcher search → KPI detail (full load) → dashboard (navigation from the
 * KPI page's side menu, no reload) → funnel (full load).
 *
 * <p>For each step: the <b>server time</b> of the Vaadin request that carries the step (the largest {@code v-r=}
 * response of the step: request start → first response byte, from the browser's resource timing), and the
 * <b>bytes</b> of all the step's Vaadin responses (uncompressed bodies). Rounds 1..{@code -Dwarmup=} warm the JIT up;
 * median and p95 over the other {@code -Drounds=}. The load average is printed per round.
 * Command and results: docs/benchmarks.md ("Tenant scale").
 */
public final class TenantScaleBenchmark {

    private static final String BASE = System.getProperty("base", "http://127.0.0.1:8117");
    private static final int ROUNDS = Integer.getInteger("rounds", 20);
    private static final int WARMUP = Integer.getInteger("warmup", 5);
    private static final List<String> STEPS = List.of("agency home", "switcher open", "switcher search",
            "KPI detail", "dashboard navigation", "funnel");

    private TenantScaleBenchmark() {
    }

    record Sample(double serverMs, long bytes) {
    }

    public static void main(String[] args) throws Exception {
        Properties agencies = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("target", "scale-agencies.properties"))) {
            agencies.load(r);
        }
        Map<String, Map<String, List<Sample>>> results = new LinkedHashMap<>();
        try (Playwright playwright = Playwright.create()) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            Map<String, Page> pages = new LinkedHashMap<>();
            for (String label : List.of("small", "large")) {
                Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
                page.setDefaultTimeout(120_000);
                signIn(page, agencies.getProperty(label + ".owner"));
                pages.put(label, page);
                results.put(label, new LinkedHashMap<>());
            }
            for (int round = 1; round <= ROUNDS; round++) {
                for (var e : pages.entrySet()) {
                    String label = e.getKey();
                    Map<String, Sample> samples = visit(e.getValue(), agencies.getProperty(label + ".workspace"),
                            agencies.getProperty(label + ".kpi"));
                    if (round > WARMUP) {
                        samples.forEach((step, s) -> results.get(label).computeIfAbsent(step, k -> new ArrayList<>())
                                .add(s));
                    }
                    System.out.printf("round %d %s: %s%n", round, label, samples);
                }
                System.out.println("load average: " + Files.readString(Path.of("/proc/loadavg")).strip());
            }
            pages.get("large").screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "screenshots", "tenant-scale-large.png")));
            browser.close();
        }
        System.out.printf("%n| step | small median / p95 | large median / p95 | ratio large/small (median / p95) |"
                + " bytes small / large |%n|---|---|---|---|---|%n");
        for (String step : STEPS) {
            List<Sample> small = results.get("small").get(step);
            List<Sample> large = results.get("large").get(step);
            double sm = percentile(small, 50);
            double sp = percentile(small, 95);
            double lm = percentile(large, 50);
            double lp = percentile(large, 95);
            System.out.printf("| %s | %.0f / %.0f ms | %.0f / %.0f ms | %.2f / %.2f | %,d / %,d |%n", step, sm, sp, lm,
                    lp, lm / sm, lp / sp, medianBytes(small), medianBytes(large));
        }
    }

    private static void signIn(Page page, String email) {
        page.navigate(BASE + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(Fixtures.PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    private static Map<String, Sample> visit(Page page, String ws, String kpi) {
        Map<String, Sample> out = new LinkedHashMap<>();
        out.put("agency home", step(page, () -> page.navigate(BASE + "/")));
        page.locator("#workspace-switcher").waitFor();
        out.put("switcher open", step(page, () -> page.locator("#workspace-switcher input").click()));
        out.put("switcher search", step(page, () -> page.locator("#workspace-switcher input").fill("Client 00")));
        page.keyboard().press("Escape");
        out.put("KPI detail", step(page, () -> page.navigate(BASE + "/w/" + ws + "/kpis/" + kpi)));
        // a client-side navigation, as a side-menu click makes it: the URL changes without a reload and Vaadin's router
        // asks the server for the new view in one UIDL request
        out.put("dashboard navigation", step(page, () -> page.evaluate("p => { history.pushState(null, '', p);"
                + " window.dispatchEvent(new PopStateEvent('popstate')); }", "/w/" + ws + "/dashboard")));
        page.locator(".gp-chart").first().waitFor(); // the dashboard is on the page
        out.put("funnel", step(page, () -> page.navigate(BASE + "/w/" + ws + "/funnel")));
        return out;
    }

    /**
     * Runs the action and collects every Vaadin response until none came for 500 ms: the step's server time is that
     * of its largest response (the one that builds the view or carries the list), its bytes those of all of them.
     */
    private static Sample step(Page page, Runnable action) {
        List<Response> responses = new CopyOnWriteArrayList<>();
        java.util.function.Consumer<Response> listener = r -> {
            // a full load's view comes in the page's document (the initial UIDL is in the HTML), later steps in v-r=
            if (r.url().contains("v-r=") || "document".equals(r.request().resourceType())) {
                responses.add(r);
            }
        };
        page.onResponse(listener);
        try {
            action.run();
            int seen = -1;
            long quietSince = System.nanoTime();
            long started = System.nanoTime();
            while (System.nanoTime() - quietSince < 500_000_000L || responses.isEmpty()) {
                page.waitForTimeout(50); // lets Playwright deliver the events
                if (responses.size() != seen) {
                    seen = responses.size();
                    quietSince = System.nanoTime();
                }
                if (System.nanoTime() - started > 60_000_000_000L) {
                    throw new IllegalStateException("no Vaadin response within 60 s");
                }
            }
        } finally {
            page.offResponse(listener);
        }
        long bytes = 0;
        Response largest = null;
        for (Response r : responses) {
            long size = r.request().sizes().responseBodySize;
            bytes += size;
            if (largest == null || size > largest.request().sizes().responseBodySize) {
                largest = r;
            }
        }
        var timing = largest.request().timing();
        return new Sample(timing.responseStart - timing.requestStart, bytes);
    }

    private static double percentile(List<Sample> samples, int p) {
        double[] s = samples.stream().mapToDouble(Sample::serverMs).sorted().toArray();
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    private static long medianBytes(List<Sample> samples) {
        long[] s = samples.stream().mapToLong(Sample::bytes).sorted().toArray();
        return s[s.length / 2];
    }

    static String describe(double[] v) {
        return Arrays.toString(v);
    }
}
