package app.goalpost.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.support.BrowserSupport;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two app nodes behind HAProxy with sticky sessions, one MariaDB and Redis, as deploy/two-nodes.sh starts them
 * (.ci/run does, then runs this class). Not part of ./mvnw verify (tag two-nodes). Each person is pinned to a node
 * by the balancer's GPNODE cookie, as the balancer itself would pin them on their first request.
 */
@Tag("two-nodes")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesBrowserIT extends BrowserSupport {

    private static final String PASSWORD = "goalpost-demo";
    private static final String OWNER = "camille.laurent@brightline.example";
    private static final String MANAGER = "marcus.reed@brightline.example";
    private static final String KELLER = "w/3";

    private static String env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()).orElseThrow(
                () -> new IllegalStateException(name + " is not set: start deploy/two-nodes.sh and source its env"));
    }

    private final String balancer = env("GOALPOST_TWO_NODES_URL");

    /**
     * Waits as long as the browser does (45 s, below), not Playwright's 5 s: on a busy 2-core machine a save on a
     * node just revived by the previous run (cold JIT) took longer than 5 s to close its dialog.
     */
    @BeforeAll
    static void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(45_000);
    }

    @AfterAll
    static void usualAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    /** A browser of its own, pinned to node n1 or n2 through the balancer's cookie. */
    private BrowserContext personOn(String node) {
        BrowserContext person = newContext();
        person.setDefaultTimeout(45_000); // a production jar on a busy CI machine; the balancer adds a hop
        person.addCookies(List.of(new Cookie("GPNODE", node).setUrl(balancer)));
        return person;
    }

    private Page signIn(BrowserContext person, String email) {
        Page p = person.newPage();
        p.navigate(balancer + "/login");
        p.locator("vaadin-login-form input[name=username]").fill(email);
        p.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        p.locator("vaadin-login-form vaadin-button").first().click();
        p.waitForURL(u -> !u.contains("/login"));
        return p;
    }

    private static String nodeOf(BrowserContext person) {
        return person.cookies().stream().filter(c -> c.name.equals("GPNODE")).map(c -> c.value).findFirst()
                .orElse("none");
    }

    /**
     * Each node runs the topology's own copy of the jar, never the build's target/ jar: the ./mvnw verify that runs
     * this class rewrites target/*.jar in place before the journeys start, and a node reading classes from the
     * rewritten file fails every request that needs a class it had not loaded yet (empty 500s, nothing logged).
     */
    @Test
    @Order(0)
    void eachNodeRunsItsOwnCopyOfTheJar() throws IOException {
        Path work = Path.of(env("GOALPOST_TWO_NODES_WORK")).toRealPath();
        for (String node : List.of("node1", "node2")) {
            String pid = Files.readString(work.resolve(node + ".pid")).strip();
            List<Path> jars = new ArrayList<>();
            try (var fds = Files.list(Path.of("/proc", pid, "fd"))) {
                for (Path fd : fds.toList()) {
                    try {
                        Path target = Files.readSymbolicLink(fd);
                        if (target.toString().endsWith(".jar")) {
                            jars.add(target);
                        }
                    } catch (IOException closedMeanwhile) {
                        // a descriptor closed between listing and reading
                    }
                }
            }
            assertThat(jars).as(node + "'s open jars").isNotEmpty().allSatisfy(jar -> assertThat(jar).startsWith(work));
        }
    }

    @Test
    @Order(1)
    void peopleOnEitherNodeSignInAndSeeTheSameData() {
        BrowserContext onOne = personOn("n1");
        BrowserContext onTwo = personOn("n2");
        try {
            Page owner = signIn(onOne, OWNER);
            Page manager = signIn(onTwo, MANAGER);
            assertThat(nodeOf(onOne)).isEqualTo("n1");
            assertThat(nodeOf(onTwo)).isEqualTo("n2");
            owner.navigate(balancer + "/" + KELLER + "/kpis");
            manager.navigate(balancer + "/" + KELLER + "/kpis");
            assertThat(owner.locator("#kpi-grid")).containsText("Media spend");
            assertThat(manager.locator("#kpi-grid")).containsText("Media spend");
            owner.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots",
                    "two-nodes-node1.png")));
        } finally {
            onOne.close();
            onTwo.close();
        }
    }

    /** The sign-in throttle counts in the shared database: failures on node 1 and node 2 add up. */
    @Test
    @Order(2)
    void failedSignInsOnBothNodesAddUp() {
        String nobody = "nobody-" + System.nanoTime() + "@two-nodes.test";
        for (int attempt = 0; attempt < 6; attempt++) {
            BrowserContext person = personOn(attempt % 2 == 0 ? "n1" : "n2");
            try {
                Page p = person.newPage();
                p.navigate(balancer + "/login");
                p.locator("vaadin-login-form input[name=username]").fill(nobody);
                p.locator("vaadin-login-form input[name=password]").fill("wrong-" + attempt);
                p.locator("vaadin-login-form vaadin-button").first().click();
                p.waitForURL(u -> u.contains("error") || u.contains("throttled"));
                if (attempt == 5) {
                    assertThat(p.locator("vaadin-login-form")).containsText("Too many failed attempts");
                } else {
                    assertThat(p.locator("vaadin-login-form")).containsText("Incorrect email or password");
                }
            } finally {
                person.close();
            }
        }
    }

    /**
     * Live across nodes (Redis pub/sub): the manager on node 2 sees the owner on node 1 in the workspace, and the
     * owner's save on node 1 redraws the manager's open dashboard on node 2 with the note, without a reload.
     */
    @Test
    @Order(3)
    void anEditOnNodeOneAppearsOnNodeTwosOpenPage() {
        BrowserContext onOne = personOn("n1");
        BrowserContext onTwo = personOn("n2");
        try {
            Page owner = signIn(onOne, OWNER);
            Page manager = signIn(onTwo, MANAGER);
            manager.navigate(balancer + "/" + KELLER);
            owner.navigate(balancer + "/" + KELLER + "/kpis");
            assertThat(manager.locator("#live-workspace")).hasAttribute("data-present", "1");
            assertThat(owner.locator("#live-workspace")).hasAttribute("data-present", "1");

            var edit = owner.locator("[id^=kpi-edit-]").first();
            String kpiId = edit.getAttribute("id").substring("kpi-edit-".length());
            assertThat(manager.locator("#kpi-card-" + kpiId)).isVisible();
            edit.click();
            String renamed = "Renamed on node 1 " + (System.nanoTime() % 10_000);
            owner.locator("#kpi-name input").fill(renamed);
            owner.locator("#kpi-save").click();
            assertThat(owner.locator("#kpi-save")).isHidden();

            assertThat(manager.locator("#kpi-card-" + kpiId)).containsText(renamed);
            assertThat(manager.locator("#live-note-text")).containsText(renamed);
            assertThat(nodeOf(onOne)).isEqualTo("n1");
            assertThat(nodeOf(onTwo)).isEqualTo("n2");
            manager.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots",
                    "two-nodes-live-on-node2.png")));
        } finally {
            onOne.close();
            onTwo.close();
        }
    }

    /**
     * Node 1 crashes: its users reach node 2 through the balancer, sign in again (sessions live in one node) and find
     * everything they saved before the crash.
     */
    @Test
    @Order(9)
    void whenANodeDiesItsUsersSignInAgainOnTheOtherAndSavedDataIsThere() throws Exception {
        BrowserContext onOne = personOn("n1");
        try {
            Page owner = signIn(onOne, OWNER);
            owner.navigate(balancer + "/" + KELLER + "/kpis");
            var edit = owner.locator("[id^=kpi-edit-]").first();
            String kpiId = edit.getAttribute("id").substring("kpi-edit-".length());
            edit.click();
            String renamed = "Saved before the crash " + (System.nanoTime() % 10_000);
            owner.locator("#kpi-name input").fill(renamed);
            owner.locator("#kpi-save").click();
            assertThat(owner.locator("#kpi-save")).isHidden(); // the dialog closes once the save is stored
            owner.navigate(balancer + "/" + KELLER + "/kpis/" + kpiId);
            assertThat(owner.locator("#kpi-title")).containsText(renamed);

            control("kill", "1");
            owner.navigate(balancer + "/" + KELLER + "/kpis/" + kpiId);
            owner.waitForURL(u -> u.contains("/login"));
            assertThat(nodeOf(onOne)).isEqualTo("n2");
            owner.locator("vaadin-login-form input[name=username]").fill(OWNER);
            owner.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
            owner.locator("vaadin-login-form vaadin-button").first().click();
            owner.waitForURL(u -> !u.contains("/login"));
            owner.navigate(balancer + "/" + KELLER + "/kpis/" + kpiId);
            assertThat(owner.locator("#kpi-title")).containsText(renamed);
        } finally {
            onOne.close();
        }
    }

    /** Whatever the journeys did, no node failed to load a class (what a jar rewritten under a node looks like). */
    @Test
    @Order(8)
    void noNodeFailedToLoadAClass() throws IOException {
        Path work = Path.of(env("GOALPOST_TWO_NODES_WORK"));
        for (String node : List.of("node1", "node2")) {
            assertThat(Files.readAllLines(work.resolve(node + ".log"))).as(node + ".log")
                    .noneMatch(line -> line.contains("NoClassDefFoundError") || line.contains("ClassNotFoundException"));
        }
    }

    private static void control(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(env("GOALPOST_TWO_NODES_CONTROL"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }
}
