package app.goalpost.collab.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.ArrayList;
import java.util.List;

/**
 * Propagation latency of the live workspace, from outside: the time from the click on "Save" in one browser to the
 * moment the other browser's open dashboard shows the change in its DOM (a MutationObserver stamps it), p50 and p95,
 * with both people on the same node and with them on two nodes (Redis between them). Runs against the two-node topology
 * of deploy/two-nodes.sh (HAProxy, two production-jar nodes, MariaDB, Redis); the GPNODE cookie pins each person.
 * Never part of ./mvnw verify; see docs/benchmarks.md ("Live workspace").
 * <p>
 * Arguments: balancer URL (http://localhost:8180), rounds per case (30).
 */
public final class LivePropagationBenchmark {

    private static final String OWNER = "camille.laurent@brightline.example";
    private static final String MANAGER = "marcus.reed@brightline.example";
    private static final String PASSWORD = "goalpost-demo";

    private LivePropagationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String balancer = args.length > 0 ? args[0] : "http://localhost:8180";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        try (Playwright playwright = Playwright.create()) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(java.nio.file.Path.of("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
            report("same node (n1 -> n1)", measure(browser, balancer, "n1", "n1", rounds));
            report("across nodes (n1 -> n2)", measure(browser, balancer, "n1", "n2", rounds));
        }
    }

    private static List<Long> measure(Browser browser, String balancer, String saverNode, String watcherNode,
            int rounds) {
        BrowserContext saverContext = pinned(browser, balancer, saverNode);
        BrowserContext watcherContext = pinned(browser, balancer, watcherNode);
        try {
            Page saver = signIn(saverContext, balancer, OWNER);
            Page watcher = signIn(watcherContext, balancer, MANAGER);
            saver.navigate(balancer + "/w/3/kpis");
            String editId = saver.locator("[id^=kpi-edit-]").first().getAttribute("id");
            String kpiId = editId.substring("kpi-edit-".length());
            watcher.navigate(balancer + "/w/3");
            watcher.locator("#kpi-card-" + kpiId).waitFor();
            List<Long> samples = new ArrayList<>();
            for (int round = 0; round < rounds + 3; round++) { // the first 3 warm up
                String name = "Bench " + watcherNode + " " + round + " " + System.nanoTime() % 100_000;
                watcher.evaluate("([sel, text]) => { window.__seen = 0; const o = new MutationObserver(() => {"
                        + " const c = document.querySelector(sel); if (c && c.textContent.includes(text)) {"
                        + " window.__seen = Date.now(); o.disconnect(); } });"
                        + " o.observe(document.body, {subtree: true, childList: true, characterData: true}); }",
                        List.of("#kpi-card-" + kpiId, name));
                saver.locator("#" + editId).click();
                saver.locator("#kpi-name input").fill(name);
                saver.locator("#kpi-name input").dispatchEvent("change");
                long clicked = System.currentTimeMillis();
                saver.locator("#kpi-save").click();
                saver.locator("#kpi-save").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(WaitForSelectorState.HIDDEN));
                watcher.waitForFunction("() => window.__seen > 0");
                long seen = ((Number) watcher.evaluate("() => window.__seen")).longValue();
                if (round >= 3) {
                    samples.add(seen - clicked);
                }
                // let the note and the redraw settle before the next round
                watcher.waitForTimeout(300);
            }
            return samples;
        } finally {
            saverContext.close();
            watcherContext.close();
        }
    }

    private static BrowserContext pinned(Browser browser, String balancer, String node) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        context.setDefaultTimeout(30_000);
        context.addCookies(List.of(new Cookie("GPNODE", node).setUrl(balancer)));
        return context;
    }

    private static Page signIn(BrowserContext context, String balancer, String email) {
        Page page = context.newPage();
        page.navigate(balancer + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    private static void report(String label, List<Long> samples) {
        List<Long> sorted = samples.stream().sorted().toList();
        long p50 = sorted.get((int) Math.ceil(sorted.size() * 0.50) - 1);
        long p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        System.out.printf("%-26s n=%d  p50 %d ms  p95 %d ms  max %d ms%n", label, sorted.size(), p50, p95,
                sorted.getLast());
    }
}
