package app.goalpost.kpi.bench;

import app.goalpost.GoalpostApplication;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Retained heap per open dashboard (not a test: no Test/IT suffix). It starts the app on the test profile, seeds
 * the dashboard benchmark's workspace (25 KPIs × 365 days plus last year's), then opens the dashboard in N UIs
 * under Karibu's mocked Vaadin on the real Spring context and keeps every UI: each one is what an open browser
 * tab holds on the server (the shell, the view and its fields, the component and state trees). Before a UI is
 * put aside, its state changes and pending JavaScript calls are taken as writing a response would take them. The
 * heap in use after a full GC, before and with the N UIs, divided by N, is the retained heap per open dashboard.
 * Run with N = 1, 50, 200 ({@code -Dsessions=1,50,200}) and {@code -Dvaadin.productionMode=true} (dev mode also
 * keeps a creation stack trace per component, ~380 KB a dashboard, that users never pay).
 * Command and results: docs/benchmarks.md.
 */
public final class SessionMemoryBenchmark {

    private SessionMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(GoalpostApplication.class)
                .profiles("test").run("--server.port=0", "--logging.level.root=warn");
        try {
            Fixtures fixtures = ctx.getBean(Fixtures.class);
            AgencyFixture f = fixtures.agency("membench");
            fixtures.signIn(f.owner());
            DashboardBenchmark.seed(ctx, f.ws1());
            MockVaadin.setup(UI::new, new MockSpringServlet(app.goalpost.support.KaribuSupport.routes(), ctx,
                    UI::new));
            signIn(fixtures, f.owner());
            String dashboard = "w/" + f.ws1() + "/dashboard";
            for (int i = 0; i < 20; i++) { // warm-up: lazy beans, caches, class loading
                UI.getCurrent().navigate(dashboard);
                respond(UI.getCurrent());
                nextUI();
            }
            for (String n : System.getProperty("sessions", "1,50,200").split(",")) {
                measure(Integer.parseInt(n.strip()), dashboard);
            }
            MockVaadin.tearDown();
        } finally {
            ctx.close();
        }
    }

    private static void measure(int sessions, String dashboard) {
        List<UI> open = new ArrayList<>(sessions);
        long before = liveHeap();
        for (int i = 0; i < sessions; i++) {
            UI ui = UI.getCurrent();
            ui.navigate(dashboard);
            Object view = ui.getInternals().getActiveRouterTargetsChain().getFirst();
            if (!view.getClass().getSimpleName().equals("DashboardView")) {
                throw new IllegalStateException("not the dashboard: " + view.getClass());
            }
            respond(ui);
            open.add(ui);
            nextUI(); // a new UI for the next one; this one is kept in the list
        }
        long after = liveHeap();
        System.out.printf("N = %d open dashboards: %,d KB retained per dashboard (%,d KB in all)%n", sessions,
                (after - before) / sessions / 1024, (after - before) / 1024);
        if (Boolean.getBoolean("histogram")) { // what the N dashboards are made of (-Dhistogram=true)
            System.out.println(histogram().lines().limit(40).collect(java.util.stream.Collectors.joining("\n")));
        }
        open.clear();
    }

    private static String histogram() {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
        } catch (javax.management.JMException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Closes the current UI (it leaves the session; the caller may keep a reference) and opens a new one in the
     * same session, as a second browser tab would. Karibu's own UI factory is internal to its Kotlin module,
     * hence the mangled name.
     */
    private static void nextUI() {
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        MockVaadin.INSTANCE.closeCurrentUI(false);
        MockVaadin.INSTANCE.createUI$karibu_testing_v10(UI::new, session);
    }

    /**
     * What writing a response does to the UI's server state (Karibu writes none): the state tree's changes are
     * collected and forgotten, the pending JavaScript calls leave. What stays is what an open tab keeps.
     */
    private static void respond(UI ui) {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        ui.getInternals().getStateTree().collectChanges(change -> { });
        ui.getInternals().dumpPendingJavaScriptInvocations();
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void signIn(Fixtures fixtures, String email) {
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
    }
}
