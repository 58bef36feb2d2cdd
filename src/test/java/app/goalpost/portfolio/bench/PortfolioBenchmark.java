package app.goalpost.portfolio.bench;

import app.goalpost.GoalpostApplication;
import app.goalpost.portfolio.PortfolioFilter;
import app.goalpost.portfolio.PortfolioRow;
import app.goalpost.portfolio.PortfolioService;
import app.goalpost.portfolio.PortfolioSort;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinServletRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The portfolio benchmark (not a test: no Test/IT suffix, Surefire and Failsafe ignore it). On MariaDB (database
 * {@code goalpost_bench_portfolio}, dropped and created), two agencies side by side: a small one of 10 workspaces
 * and a large one of 2,000 ({@code -Dworkspaces=}), each workspace with 25 KPIs and {@code -Ddays=} (30) daily
 * actuals, written with JDBC batch inserts. Then, for each agency as its owner:
 * <ol>
 *   <li>a new client day on the first page: its rows (10 or 50) marked stale, the page computes each through the
 *       services before answering (the stored statuses of all workspaces are seeded by SQL, see
 *       {@link #seedStatuses});</li>
 *   <li>the page's server time in-process (Karibu's mocked Vaadin on the real Spring context): navigating to the
 *       portfolio (view build, managers, chart, count) plus fetching the grid's first page of 50 rows as the browser
 *       asks for it; median and p95 of {@code -Druns=} (40) after 10 warm-up runs, the two agencies alternating;</li>
 *   <li>the same for the service alone ({@code count} + {@code page(RISK, 0, 50)}).</li>
 * </ol>
 * Command and results: docs/benchmarks.md ("Portfolio").
 */
public final class PortfolioBenchmark {

    private static final int KPIS = 25;
    private static final int SMALL = 10;
    private static final int LARGE = Integer.getInteger("workspaces", 2000);
    private static final int DAYS = Integer.getInteger("days", 30);
    private static final int RUNS = Integer.getInteger("runs", 40);
    private static final String SERVER = System.getProperty("server", "127.0.0.1:3306");
    private static final String DATABASE = "goalpost_bench_portfolio";
    private static final String USER = System.getProperty("user", "root");
    private static final String PASSWORD = System.getProperty("password", "");

    private PortfolioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://" + SERVER
                + "/?useSSL=false&allowPublicKeyRetrieval=true", USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE);
            s.execute("create database " + DATABASE + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
        String url = "jdbc:mysql://" + SERVER + "/" + DATABASE
                + "?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true";
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(GoalpostApplication.class)
                .profiles("test", "mariadb").run("--server.port=0", "--logging.level.root=warn",
                        "--spring.datasource.url=" + url, "--spring.datasource.username=" + USER,
                        "--spring.datasource.password=" + PASSWORD);
        try {
            Fixtures fixtures = ctx.getBean(Fixtures.class);
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            AgencyFixture small = fixtures.agency("small");
            AgencyFixture large = fixtures.agency("large");
            long t0 = System.nanoTime();
            long rows = seed(jdbc, small, SMALL) + seed(jdbc, large, LARGE);
            System.out.printf("seeded %d + %d workspaces x %d KPIs x %d days: %,d rows in %.1f s%n", SMALL, LARGE,
                    KPIS, DAYS, rows, (System.nanoTime() - t0) / 1e9);
            PortfolioService portfolio = ctx.getBean(PortfolioService.class);
            dayChange(fixtures, jdbc, portfolio, small);
            dayChange(fixtures, jdbc, portfolio, large);
            measureService(fixtures, portfolio, small, large);
            measureView(ctx, fixtures, small, large);
        } finally {
            Fixtures.signOut();
            ctx.close();
        }
    }

    /**
     * Adds workspaces to the fixture's three (half of them assigned to its account manager), 25 KPIs each over
     * this quarter and {@link #DAYS} days of actuals per KPI, at varied paces so that statuses differ.
     */
    static long seed(JdbcTemplate jdbc, AgencyFixture f, int workspaces) {
        long agency = f.agencyId();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> ws = new ArrayList<>();
        for (int i = 3; i < workspaces; i++) {
            ws.add(new Object[] {agency, "Bench client " + i + " of " + agency, i % 2 == 0 ? "B2B_SAAS" : "OTHER",
                    i % 3 == 0 ? "STARTUP" : "SCALE_UP", "EUR", "Europe/Paris", 1, false, now});
        }
        jdbc.batchUpdate("insert into workspace (agency_id, name, industry, company_stage, currency, time_zone,"
                + " fiscal_year_start_month, archived, created_at, version) values (?,?,?,?,?,?,?,?,?,0)", ws);
        List<Long> ids = jdbc.queryForList("select id from workspace where agency_id = ? order by id", Long.class,
                agency);
        long manager = jdbc.queryForObject("select id from user_account where agency_id = ? and email = ?",
                Long.class, agency, f.manager());
        List<Object[]> members = new ArrayList<>();
        for (int i = 3; i < ids.size(); i += 2) {
            members.add(new Object[] {agency, ids.get(i), manager});
        }
        jdbc.batchUpdate("insert into workspace_member (agency_id, workspace_id, user_id, access_level, version)"
                + " values (?,?,?,'MANAGER',0)", members);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        LocalDate start = today.minusDays(DAYS - 1);
        LocalDate end = start.plusDays(89);
        List<Object[]> kpis = new ArrayList<>();
        for (long w : ids) {
            for (int k = 0; k < KPIS; k++) {
                kpis.add(new Object[] {agency, w, "KPI " + (k + 1), 90_000, java.sql.Date.valueOf(start),
                        java.sql.Date.valueOf(end), now});
            }
        }
        jdbc.batchUpdate("insert into kpi (agency_id, workspace_id, name, unit, direction, aggregation, target,"
                + " period_start, period_end, tolerance, archived, created_at, version)"
                + " values (?,?,?,'COUNT','HIGHER_IS_BETTER','CUMULATIVE',?,?,?,0.05,false,?,0)", kpis);
        List<long[]> kpiIds = jdbc.query("select id, workspace_id from kpi where agency_id = ?",
                (r, n) -> new long[] {r.getLong(1), r.getLong(2)}, agency);
        Random random = new Random(agency);
        List<Object[]> batch = new ArrayList<>(10_000);
        long written = ws.size() + members.size() + kpis.size();
        for (long[] kpi : kpiIds) {
            double pace = 0.6 + 0.6 * random.nextDouble();
            for (int d = 0; d < DAYS; d++) {
                batch.add(new Object[] {agency, kpi[1], kpi[0], java.sql.Date.valueOf(start.plusDays(d)),
                        Math.round(1000 * pace * (0.6 + 0.8 * random.nextDouble()))});
                if (batch.size() == 10_000) {
                    written += insertActuals(jdbc, batch);
                }
            }
        }
        written += insertActuals(jdbc, batch);
        return written + seedStatuses(jdbc, agency, ids, random);
    }

    /**
     * Stored statuses for every workspace, as the portfolio would have written them today (valid until the end of
     * the day in Paris): computing 2,000 of them through the services takes long on this shared machine, and what
     * is timed is the page over stored statuses. {@link #dayChange} then times real computations on a sample.
     */
    static long seedStatuses(JdbcTemplate jdbc, long agency, List<Long> ids, Random random) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        Timestamp validUntil = Timestamp.from(today.plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/Paris"))
                .toInstant());
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (long w : ids) {
            int behind = random.nextInt(4) == 0 ? 0 : random.nextInt(KPIS / 2);
            int ahead = random.nextInt(KPIS - behind + 1);
            int onTrack = KPIS - behind - ahead;
            String overall = behind > 0 ? "BEHIND" : onTrack > 0 ? "ON_TRACK" : "AHEAD";
            int rank = behind > 0 ? 0 : onTrack > 0 ? 1 : 2;
            double ratio = 0.5 + random.nextDouble() * 0.6;
            rows.add(new Object[] {agency, w, overall, rank, behind, onTrack, ahead, "KPI 1",
                    behind > 0 ? "BEHIND" : "ON_TRACK", ratio, 1 - ratio, "KPI 1", ratio,
                    java.sql.Date.valueOf(today.plusDays(random.nextInt(90))), java.sql.Date.valueOf(today),
                    validUntil, now});
        }
        jdbc.batchUpdate("insert into workspace_status (agency_id, workspace_id, overall, risk_rank, behind_count,"
                + " on_track_count, ahead_count, no_data_count, worst_kpi_id, worst_kpi_name, worst_kpi_kind,"
                + " worst_status, worst_ratio, worst_shortfall, main_kpi_id, main_kpi_name, main_status,"
                + " main_projection, review_due, review_overdue, computed_for, valid_until, stale, last_activity,"
                + " version) values (?,?,?,?,?,?,?,0,1,?,'OUTCOME',?,?,?,1,?,'ON_TRACK',?,?,false,?,?,false,?,0)",
                rows);
        return rows.size();
    }

    private static int insertActuals(JdbcTemplate jdbc, List<Object[]> batch) {
        jdbc.batchUpdate("insert into kpi_actual (agency_id, workspace_id, kpi_id, actual_date, amount, version)"
                + " values (?,?,?,?,?,0)", batch);
        int n = batch.size();
        batch.clear();
        return n;
    }

    /**
     * A new client day for the first page: its rows are marked stale, and the page computes each of them through
     * the services (dashboard, review line, plans) before it answers.
     */
    private static void dayChange(Fixtures fixtures, JdbcTemplate jdbc, PortfolioService portfolio, AgencyFixture f) {
        fixtures.signIn(f.owner());
        List<Long> first = portfolio.page(PortfolioFilter.none(), PortfolioSort.RISK, 0, 50).stream()
                .map(PortfolioRow::id).toList();
        jdbc.batchUpdate("update workspace_status set stale = true where agency_id = ? and workspace_id = ?",
                first.stream().map(id -> new Object[] {f.agencyId(), id}).toList());
        long t = System.nanoTime();
        int seen = portfolio.page(PortfolioFilter.none(), PortfolioSort.RISK, 0, 50).size();
        System.out.printf("first page after a day change (%d statuses computed): %.1f s, %.0f ms per workspace%n",
                seen, (System.nanoTime() - t) / 1e9, (System.nanoTime() - t) / 1e6 / seen);
        List<PortfolioRow> top = portfolio.page(PortfolioFilter.none(), PortfolioSort.RISK, 0, 3);
        System.out.println("  most at risk: " + top.stream().map(r -> r.name() + " " + r.status() + " "
                + r.behind() + " behind").toList());
    }

    private static void measureService(Fixtures fixtures, PortfolioService portfolio, AgencyFixture small,
            AgencyFixture large) {
        double[][] ms = new double[2][RUNS];
        AgencyFixture[] both = {small, large};
        for (int i = -10; i < RUNS; i++) {
            for (int a = 0; a < 2; a++) {
                fixtures.signIn(both[a].owner());
                long t = System.nanoTime();
                portfolio.count(PortfolioFilter.none());
                portfolio.page(PortfolioFilter.none(), PortfolioSort.RISK, 0, 50);
                if (i >= 0) {
                    ms[a][i] = (System.nanoTime() - t) / 1e6;
                }
            }
        }
        report("service count + first page (risk order)", ms);
    }

    private static void measureView(ConfigurableApplicationContext ctx, Fixtures fixtures, AgencyFixture small,
            AgencyFixture large) {
        MockVaadin.setup(UI::new, new MockSpringServlet(app.goalpost.support.KaribuSupport.routes(), ctx, UI::new));
        try {
            double[][] ms = new double[2][RUNS];
            AgencyFixture[] both = {small, large};
            for (int i = -10; i < RUNS; i++) {
                for (int a = 0; a < 2; a++) {
                    signIn(fixtures, both[a].owner());
                    UI.getCurrent().navigate("w/" + both[a].ws1() + "/settings");
                    long t = System.nanoTime();
                    UI.getCurrent().navigate("");
                    @SuppressWarnings("unchecked")
                    Grid<PortfolioRow> grid = com.github.mvysny.kaributesting.v10.LocatorJ._get(Grid.class,
                            spec -> spec.withId("workspaces-grid"));
                    int n = GridKt._fetch(grid, 0, 50).size();
                    if (i >= 0) {
                        ms[a][i] = (System.nanoTime() - t) / 1e6;
                    }
                    if (n != Math.min(50, a == 0 ? SMALL : LARGE)) {
                        throw new IllegalStateException("first page has " + n + " rows");
                    }
                }
            }
            report("portfolio page (view + first 50 rows, in-process)", ms);
        } finally {
            MockVaadin.tearDown();
        }
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
                .anyMatch(x -> x.getAuthority().equals("ROLE_" + role)));
    }

    private static void report(String what, double[][] ms) {
        double smallMedian = percentile(ms[0], 50);
        double largeMedian = percentile(ms[1], 50);
        System.out.printf("%s: %d workspaces median %.1f ms p95 %.1f ms | %d workspaces median %.1f ms p95 %.1f ms"
                + " | ratio of medians %.2f (target <= 1.5), of p95 %.2f%n", what, SMALL, smallMedian,
                percentile(ms[0], 95), LARGE, largeMedian, percentile(ms[1], 95), largeMedian / smallMedian,
                percentile(ms[1], 95) / percentile(ms[0], 95));
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
