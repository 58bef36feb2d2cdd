package app.goalpost.collab.bench;

import app.goalpost.GoalpostApplication;
import app.goalpost.collab.LiveBus;
import app.goalpost.collab.LiveEvent;
import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.PacingService;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.SecondBrowser;
import app.goalpost.workspace.ChangeKind;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Cost of the live workspace's fan-out (issue 11), not a test (no Test/IT suffix). It starts the app on the test
 * profile, seeds one workspace (a few KPIs with actuals), and opens N UIs on its dashboard under Karibu's mocked
 * Vaadin on the real Spring context: four "browsers" ({@link SecondBrowser}: the owner, the admin, the manager and
 * the viewer client of the workspace, each its own session on its own thread), the UIs dealt round-robin, every UI
 * kept attached in its session (so its {@code LiveWorkspaceBar} holds a live subscription, a presence and a presence
 * watch, as an open tab does). Measures:
 * <ol>
 * <li>retained heap per open, subscribed dashboard: heap after full GC with the N UIs minus before, divided by N;
 * then each UI's live bar is taken off its layout (detach: subscription cancelled, presence left, watch ended) and
 * the heap measured again: the difference divided by N is what the bar + subscription + presence hold per UI;</li>
 * <li>CPU per event: K CHANGE events ({@code ACTUALS}, as an import sends) published on {@link LiveBus} from a thread
 * without a UI, each one waited for until all N dashboards were rebuilt (each UI's page is watched for a new first
 * child: {@code reloadLive} rebuilds it); the browsers' threads drain their sessions' access queues meanwhile
 * (Karibu holds each session's lock on its thread, so {@code ui.access} from the dispatch threads queues the work).
 * Process CPU time (all threads: dispatch, page rebuilds, queries, GC, the harness's polling) over the K events,
 * and the wall time per event, publish to last UI updated (p50/p95).</li>
 * </ol>
 * {@code -Dsessions=1,50,200 -Devents=100 -Dkpis=5}; command and results: docs/benchmarks.md.
 */
public final class FanOutBenchmark {

    private static final String[] ROLES = {"owner", "admin", "manager", "client"};

    private FanOutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(GoalpostApplication.class)
                .profiles("test").run("--server.port=0", "--logging.level.root=warn");
        List<SecondBrowser> browsers = new ArrayList<>();
        try {
            Fixtures fixtures = ctx.getBean(Fixtures.class);
            AgencyFixture f = fixtures.agency("fanout");
            long actor = fixtures.signIn(f.owner()).userId();
            seed(ctx, f, Integer.getInteger("kpis", 5));
            SecurityContextHolder.clearContext();
            String[] users = {f.owner(), f.admin(), f.manager(), f.client()};
            for (String user : users) {
                SecondBrowser b = new SecondBrowser(ctx, fixtures);
                b.signIn(user);
                browsers.add(b);
            }
            String dashboard = "w/" + f.ws1() + "/dashboard";
            LiveBus bus = ctx.getBean(LiveBus.class);
            LiveEvent event = new LiveEvent(f.agencyId(), f.ws1(), LiveEvent.Topic.CHANGE, ChangeKind.ACTUALS.name(),
                    0, actor, null);

            // warm-up: class loading, lazy beans, JIT of the open and reload paths
            Fleet warm = Fleet.open(browsers, 8, dashboard);
            fanOut(warm, bus, event, 30, false);
            warm.close();

            int events = Integer.getInteger("events", 100);
            for (String n : System.getProperty("sessions", "1,50,200").split(",")) {
                int size = Integer.parseInt(n.strip());
                long before = liveHeap();
                long opening = System.nanoTime();
                Fleet fleet = Fleet.open(browsers, size, dashboard);
                System.out.printf("N = %d: opening and presence settled in %.1f s%n", size,
                        (System.nanoTime() - opening) / 1e9);
                long with = liveHeap();
                System.out.printf("N = %d subscribed dashboards: %,d KB retained per UI (%,d KB in all)%n", size,
                        (with - before) / size / 1024, (with - before) / 1024);
                fanOut(fleet, bus, event, events, true);
                long afterEvents = liveHeap();
                fleet.detachBars();
                long withoutBars = liveHeap();
                System.out.printf("  live bar + subscription + presence: %,d bytes per UI (heap after the events "
                        + "%,d KB per UI)%n", (afterEvents - withoutBars) / size, (afterEvents - before) / size / 1024);
                fleet.close();
            }
        } finally {
            browsers.forEach(SecondBrowser::close);
            ctx.close();
        }
    }

    private static void seed(ConfigurableApplicationContext ctx, AgencyFixture f, int kpis) {
        KpiService kpiService = ctx.getBean(KpiService.class);
        ActualsService actuals = ctx.getBean(ActualsService.class);
        LocalDate start = ctx.getBean(PacingService.class).today(f.ws1Id()).minusDays(30);
        for (int k = 0; k < kpis; k++) {
            long id = kpiService.create(f.ws1Id(), KpiInput.count("KPI " + k, 900, start, start.plusDays(89)));
            Map<LocalDate, Optional<BigDecimal>> days = new HashMap<>();
            for (int d = 0; d < 30; d++) {
                days.put(start.plusDays(d), Optional.of(BigDecimal.valueOf(5 + (d * 7 + k) % 11)));
            }
            actuals.save(f.ws1Id(), new KpiId(id), Granularity.DAY, days);
        }
    }

    /** Publishes the events one by one and waits each time until every UI of the fleet has rebuilt its page. */
    private static void fanOut(Fleet fleet, LiveBus bus, LiveEvent event, int events, boolean report) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] wall = new long[events];
        long cpu0 = os.getProcessCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < events; i++) {
            fleet.remember();
            long t0 = System.nanoTime();
            bus.publish(event);
            fleet.awaitAllRebuilt();
            wall[i] = System.nanoTime() - t0;
        }
        long cpu = os.getProcessCpuTime() - cpu0;
        long elapsed = System.nanoTime() - start;
        if (report) {
            java.util.Arrays.sort(wall);
            int n = fleet.size();
            System.out.printf("  %d events to %d UIs: CPU %.2f ms per event, %.1f µs per event per UI; wall p50 %.2f ms,"
                    + " p95 %.2f ms, max %.2f ms per event; CPU/wall %.2f cores; load average %.1f%n", events, n,
                    cpu / 1e6 / events, cpu / 1e3 / events / n, wall[events / 2] / 1e6,
                    wall[(int) Math.ceil(events * 0.95) - 1] / 1e6, wall[events - 1] / 1e6, (double) cpu / elapsed,
                    os.getSystemLoadAverage());
        }
    }

    /** N dashboards spread over the browsers, each UI kept attached in its browser's session. */
    private record Fleet(List<SecondBrowser> browsers, List<List<UI>> uis, Map<UI, Component> firstChild) {

        static Fleet open(List<SecondBrowser> browsers, int size, String dashboard) {
            List<List<UI>> uis = new ArrayList<>();
            browsers.forEach(b -> uis.add(new ArrayList<>()));
            for (int i = 0; i < size; i++) {
                int b = i % browsers.size();
                uis.get(b).add(browsers.get(b).run(() -> {
                    MockVaadin.INSTANCE.createUI$karibu_testing_v10(UI::new, VaadinSession.getCurrent());
                    UI ui = UI.getCurrent();
                    ui.navigate(dashboard);
                    Component view = view(ui);
                    if (!view.getClass().getSimpleName().equals("DashboardView")) {
                        throw new IllegalStateException("not the dashboard: " + view.getClass());
                    }
                    if (bar(ui).isEmpty()) {
                        throw new IllegalStateException("no live workspace bar");
                    }
                    respond(ui);
                    return ui;
                }));
            }
            Fleet fleet = new Fleet(browsers, uis, new java.util.concurrent.ConcurrentHashMap<>());
            fleet.drain(); // the presence announcements of the later UIs reach the earlier ones
            return fleet;
        }

        int size() {
            return uis.stream().mapToInt(List::size).sum();
        }

        void remember() {
            forEachBrowser(list -> list.forEach(ui -> firstChild.put(ui, firstChildOf(ui))));
        }

        void awaitAllRebuilt() {
            forEachBrowser(list -> {
                long end = System.nanoTime() + Duration.ofSeconds(300).toNanos();
                while (true) {
                    MockVaadin.runUIQueue();
                    if (list.stream().allMatch(ui -> firstChildOf(ui) != firstChild.get(ui))) {
                        list.forEach(Fleet::respond);
                        return;
                    }
                    if (System.nanoTime() > end) {
                        throw new IllegalStateException("not every UI was rebuilt within 300 s");
                    }
                    LockSupport.parkNanos(200_000); // poll every 0.2 ms: a busy spin would eat the cores it measures
                }
            });
        }

        /** Runs the queued UI work until the access queue stayed empty for 300 ms (the presence updates settled). */
        void drain() {
            forEachBrowser(list -> {
                int quiet = 0;
                while (quiet < 30) {
                    boolean idle = VaadinSession.getCurrent().getPendingAccessQueue().isEmpty();
                    MockVaadin.runUIQueue();
                    quiet = idle ? quiet + 1 : 0;
                    sleep();
                }
                list.stream().filter(ui -> ui.getSession() != null).forEach(Fleet::respond);
            });
        }

        void detachBars() {
            forEachBrowser(list -> list.forEach(ui -> bar(ui).ifPresent(bar -> bar.getElement().removeFromParent())));
            drain();
        }

        void close() {
            forEachBrowser(list -> list.forEach(ui -> {
                ui.close();
                ui.getSession().removeUI(ui);
            }));
            drain();
        }

        /** Runs the work on every browser's thread at once (its session locked), each with its own UIs. */
        private void forEachBrowser(java.util.function.Consumer<List<UI>> work) {
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (int b = 0; b < browsers.size(); b++) {
                SecondBrowser browser = browsers.get(b);
                List<UI> list = uis.get(b);
                all.add(CompletableFuture.runAsync(() -> browser.run(() -> {
                    work.accept(list);
                    return null;
                }), java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()));
            }
            all.forEach(CompletableFuture::join);
        }

        private static Component view(UI ui) {
            return (Component) ui.getInternals().getActiveRouterTargetsChain().getFirst();
        }

        private static Component firstChildOf(UI ui) {
            return view(ui).getChildren().findFirst().orElseThrow();
        }

        private static Optional<Component> bar(UI ui) {
            return find(ui, "live-workspace");
        }

        private static Optional<Component> find(Component root, String id) {
            if (root.getId().filter(id::equals).isPresent()) {
                return Optional.of(root);
            }
            return root.getChildren().map(c -> find(c, id)).flatMap(Optional::stream).findFirst();
        }

        /** What writing a response does to the UI's server state (as in SessionMemoryBenchmark). */
        private static void respond(UI ui) {
            ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
            ui.getInternals().getStateTree().collectChanges(change -> { });
            ui.getInternals().dumpPendingJavaScriptInvocations();
        }

        private static void sleep() {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
