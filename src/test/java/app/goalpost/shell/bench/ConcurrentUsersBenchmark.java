package app.goalpost.shell.bench;

import app.goalpost.GoalpostApplication;
import app.goalpost.support.Fixtures;
import app.goalpost.support.SecondBrowser;
import com.sun.management.OperatingSystemMXBean;
import com.vaadin.flow.component.UI;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Concurrent users on one node (not a test: no Test/IT suffix). Starts the app in-process on the data set of
 * {@link ScaleSeeder} (profiles {@code test} + {@code mariadb}, database {@code -Ddatabase=goalpost_scale}) and runs
 * {@code -Dusers=200} simulated users of the large agency, each in its own Vaadin session and UI on its own thread
 * (Karibu's mocked Vaadin on the real Spring context, {@link SecondBrowser}), each on its own workspace (25 KPIs × 365
 * days), navigating dashboard → KPI detail → funnel → scenarios in a loop with a think time of
 * {@code -Dthink=5000} ms ± 50 % between pages. After {@code -Dwarmup=60} s, {@code -Dduration=120} s are measured:
 * throughput (page views per second), the server time of each page (the navigation's wall time on the user's
 * thread: view, queries and components; no HTTP and no response writing) as median and p95, and the process CPU per
 * page view (all threads: pages, GC, JIT, the database driver; MariaDB's own CPU is not in it).
 * Command and results: docs/benchmarks.md ("Concurrent users").
 */
public final class ConcurrentUsersBenchmark {

    private static final int USERS = Integer.getInteger("users", 200);
    private static final long THINK = Long.getLong("think", 5000);
    private static final long WARMUP = Long.getLong("warmup", 60);
    private static final long DURATION = Long.getLong("duration", 120);
    private static final List<String> PAGES = List.of("dashboard", "KPI detail", "funnel", "scenarios");

    private ConcurrentUsersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Properties agencies = new Properties();
        agencies.load(Files.newBufferedReader(Path.of("target", "scale-agencies.properties")));
        String url = ScaleSeeder.serverUrl(ScaleSeeder.DATABASE);
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(GoalpostApplication.class)
                .profiles("test", "mariadb").run("--server.port=0", "--logging.level.root=warn",
                        "--spring.datasource.url=" + url, "--spring.datasource.username=" + ScaleSeeder.USER,
                        "--spring.datasource.password=" + ScaleSeeder.PASSWORD, "--spring.flyway.enabled=false",
                        "--spring.datasource.hikari.maximum-pool-size=20");
        try {
            Fixtures fixtures = ctx.getBean(Fixtures.class);
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            long agency = Long.parseLong(agencies.getProperty("large.agency"));
            String owner = agencies.getProperty("large.owner");
            // one workspace with KPIs per user, and the first KPI of each
            List<long[]> targets = jdbc.query("select workspace_id, min(id) from kpi where agency_id = ?"
                    + " group by workspace_id order by workspace_id limit ?",
                    (r, n) -> new long[] {r.getLong(1), r.getLong(2)}, agency, USERS);
            List<SecondBrowser> browsers = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                SecondBrowser b = new SecondBrowser(ctx, fixtures);
                b.signIn(owner);
                browsers.add(b);
            }
            System.out.printf("%d users signed in, each in its own session%n", USERS);
            Map<String, ConcurrentLinkedQueue<Double>> times = new ConcurrentHashMap<>();
            PAGES.forEach(p -> times.put(p, new ConcurrentLinkedQueue<>()));
            AtomicBoolean measuring = new AtomicBoolean();
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch done = new CountDownLatch(USERS);
            List<Thread> drivers = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                SecondBrowser b = browsers.get(i);
                long[] t = targets.get(i % targets.size());
                Random random = new Random(i);
                Map<String, String> routes = new LinkedHashMap<>();
                routes.put("dashboard", "w/" + t[0] + "/dashboard");
                routes.put("KPI detail", "w/" + t[0] + "/kpis/" + t[1]);
                routes.put("funnel", "w/" + t[0] + "/funnel");
                routes.put("scenarios", "w/" + t[0] + "/scenarios");
                Thread driver = Thread.ofVirtual().unstarted(() -> {
                    try {
                        Thread.sleep(random.nextLong(THINK)); // users arrive spread over one think time
                        while (!stop.get()) {
                            for (var page : routes.entrySet()) {
                                long start = System.nanoTime();
                                b.run(() -> {
                                    UI.getCurrent().navigate(page.getValue());
                                    return null;
                                });
                                double ms = (System.nanoTime() - start) / 1e6;
                                if (measuring.get()) {
                                    times.get(page.getKey()).add(ms);
                                }
                                Thread.sleep(THINK / 2 + random.nextLong(THINK));
                                if (stop.get()) {
                                    break;
                                }
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        System.out.println("user failed: " + e);
                    } finally {
                        done.countDown();
                    }
                });
                drivers.add(driver);
            }
            drivers.forEach(Thread::start);
            Thread.sleep(WARMUP * 1000);
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            measuring.set(true);
            Thread.sleep(DURATION * 1000);
            measuring.set(false);
            long cpu = os.getProcessCpuTime() - cpu0;
            double seconds = (System.nanoTime() - t0) / 1e9;
            String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
            stop.set(true);
            done.await();
            long views = times.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
            System.out.printf("%n%d users, think %d ms ± 50%%, measured %.0f s after %d s warm-up; load average %s"
                    + " -> %s%n", USERS, THINK, seconds, WARMUP, loadBefore, loadAfter);
            System.out.printf("throughput %.1f page views/s (%d views); process CPU %.1f s = %.0f ms per page view"
                    + " (%.2f cores busy)%n", views / seconds, views, cpu / 1e9, cpu / 1e6 / views,
                    cpu / 1e9 / seconds);
            System.out.println("| page | views | median | p95 | max |\n|---|---|---|---|---|");
            for (String p : PAGES) {
                double[] s = times.get(p).stream().mapToDouble(Double::doubleValue).sorted().toArray();
                System.out.printf("| %s | %d | %.0f ms | %.0f ms | %.0f ms |%n", p, s.length, pct(s, 50), pct(s, 95),
                        s[s.length - 1]);
            }
            browsers.forEach(SecondBrowser::close);
        } finally {
            ctx.close();
        }
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
