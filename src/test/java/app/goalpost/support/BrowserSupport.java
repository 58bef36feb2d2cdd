package app.goalpost.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of browser journeys (*BrowserIT, run by Failsafe in ./mvnw verify): the app on a random port and
 * Debian's Chromium driven by Playwright. Without Chromium the journeys are skipped with a message, unless
 * GOALPOST_REQUIRE_BROWSER=1 (as .ci/run sets), where a missing browser fails the build.
 * Screenshots go to target/screenshots/ for review.
 */
public abstract class BrowserSupport {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort protected int port;
    @Autowired protected Fixtures fixtures;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            boolean required = "1".equals(System.getenv("GOALPOST_REQUIRE_BROWSER"));
            if (required) {
                throw new IllegalStateException("Chromium not found at " + CHROMIUM + " (apt-get install chromium)");
            }
            Assumptions.abort("Chromium not found at " + CHROMIUM + ": browser journeys skipped");
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = newContext();
        page = context.newPage();
    }

    /** Another browser context (a second person with their own cookies); the test closes it. */
    protected static BrowserContext newContext() {
        BrowserContext created = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)
                .setLocale("en-GB"));
        created.setDefaultTimeout(20_000);
        return created;
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in through the real sign-in form. */
    protected void signIn(String email, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    protected Path screenshot(String name) {
        Path file = Path.of("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
