package app.goalpost.review.bench;

import app.goalpost.GoalpostApplication;
import app.goalpost.review.TriggerDetectionJob;
import app.goalpost.review.TriggerDetectionService;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.QueryCounter;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.workspace.WorkspaceId;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scheduled trigger evaluation benchmark (not a test: no Test/IT suffix, Surefire and Failsafe ignore it). On
 * MariaDB (database {@code goalpost_bench_triggers}, dropped and created), two agencies: a small one of 10
 * workspaces and a large one of 2,000 ({@code -Dworkspaces=}), each workspace with 25 KPIs of this quarter (one
 * spend KPI, one CPA KPI, 23 stage counts) and {@code -Ddays=} (30) daily actuals, written with JDBC batch
 * inserts, at varied paces so that some workspaces meet the rules. Then:
 * <ol>
 *   <li>per agency, every workspace evaluated in the agency's job scope as the job does: time total and per
 *       workspace, statements per workspace (Hibernate statistics); first run (raises the triggers), second run
 *       (steady state: nothing new);</li>
 *   <li>the whole job ({@link TriggerDetectionJob#evaluateAll}) over all 2,010 workspaces, steady state.</li>
 * </ol>
 * Command and results: docs/benchmarks.md ("Review trigger evaluation").
 */
public final class TriggerDetectionBenchmark {

    private static final int KPIS = 25;
    private static final int SMALL = 10;
    private static final int LARGE = Integer.getInteger("workspaces", 2000);
    private static final int DAYS = Integer.getInteger("days", 30);
    private static final String SERVER = System.getProperty("server", "127.0.0.1:3306");
    private static final String DATABASE = "goalpost_bench_triggers";
    private static final String USER = System.getProperty("user", "root");
    private static final String PASSWORD = System.getProperty("password", "");

    private TriggerDetectionBenchmark() {
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
                        "--spring.datasource.password=" + PASSWORD,
                        "--goalpost.review.detection.schedule.enabled=false");
        try {
            Fixtures fixtures = ctx.getBean(Fixtures.class);
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            AgencyFixture small = fixtures.agency("small");
            AgencyFixture large = fixtures.agency("large");
            Fixtures.signOut();
            long t0 = System.nanoTime();
            long rows = seed(jdbc, small, SMALL) + seed(jdbc, large, LARGE);
            System.out.printf("seeded %d + %d workspaces x %d KPIs x %d days: %,d rows in %.1f s%n", SMALL, LARGE,
                    KPIS, DAYS, rows, (System.nanoTime() - t0) / 1e9);
            QueryCounter counter = new QueryCounter(ctx.getBean(EntityManagerFactory.class));
            TriggerDetectionService detection = ctx.getBean(TriggerDetectionService.class);
            for (String run : List.of("first run (raises)", "second run (steady)")) {
                for (AgencyFixture a : List.of(small, large)) {
                    List<Long> ids = jdbc.queryForList("select id from workspace where agency_id = ? order by id",
                            Long.class, a.agencyId());
                    int[] raised = {0};
                    long t = System.nanoTime();
                    long statements = counter.count(() -> TenantContext.runAsTenant(a.agencyId(), () -> {
                        for (long id : ids) {
                            raised[0] += detection.evaluateInJob(new WorkspaceId(id));
                        }
                    }));
                    double ms = (System.nanoTime() - t) / 1e6;
                    System.out.printf("%s, %,d workspaces: %.1f s total, %.2f ms per workspace, %.2f statements"
                            + " per workspace, %d triggers raised%n", run, ids.size(), ms / 1000, ms / ids.size(),
                            statements / (double) ids.size(), raised[0]);
                }
            }
            TriggerDetectionJob job = ctx.getBean(TriggerDetectionJob.class);
            long t = System.nanoTime();
            int[] raised = {0};
            long statements = counter.count(() -> raised[0] = job.evaluateAll());
            double ms = (System.nanoTime() - t) / 1e6;
            int all = SMALL + LARGE;
            System.out.printf("whole job, %,d workspaces (steady): %.1f s, %.2f ms per workspace, %,d statements"
                    + " (%.2f per workspace), %d raised%n", all, ms / 1000, ms / all, statements,
                    statements / (double) all, raised[0]);
        } finally {
            Fixtures.signOut();
            ctx.close();
        }
    }

    /**
     * Adds workspaces to the fixture's three; 25 KPIs each over this quarter (Paris): a spend KPI (budget), a CPA KPI
     * (level) and 23 stage counts with a stage key, and {@link #DAYS} days of actuals per KPI at varied paces.
     */
    static long seed(JdbcTemplate jdbc, AgencyFixture f, int workspaces) {
        long agency = f.agencyId();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> ws = new ArrayList<>();
        for (int i = 3; i < workspaces; i++) {
            ws.add(new Object[] {agency, "Bench client " + i + " of " + agency, "B2B_SAAS", "SCALE_UP", "EUR",
                    "Europe/Paris", 1, false, now});
        }
        jdbc.batchUpdate("insert into workspace (agency_id, name, industry, company_stage, currency, time_zone,"
                + " fiscal_year_start_month, archived, created_at, version) values (?,?,?,?,?,?,?,?,?,0)", ws);
        List<Long> ids = jdbc.queryForList("select id from workspace where agency_id = ? order by id", Long.class,
                agency);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        LocalDate start = today.minusDays(DAYS - 1);
        LocalDate end = start.plusDays(89);
        List<Object[]> kpis = new ArrayList<>();
        for (long w : ids) {
            for (int k = 0; k < KPIS; k++) {
                String unit = k < 2 ? "MONEY" : "COUNT";
                String direction = k < 2 ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER";
                String aggregation = k == 1 ? "LEVEL" : "CUMULATIVE";
                long target = k == 0 ? 900_000 : k == 1 ? 40 : 9_000;
                kpis.add(new Object[] {agency, w, "KPI " + (k + 1), unit, direction, aggregation, target,
                        java.sql.Date.valueOf(start), java.sql.Date.valueOf(end), k < 2 ? null : "stage" + k, now});
            }
        }
        jdbc.batchUpdate("insert into kpi (agency_id, workspace_id, name, unit, direction, aggregation, target,"
                + " period_start, period_end, tolerance, stage_key, archived, created_at, version)"
                + " values (?,?,?,?,?,?,?,?,?,0.05,?,false,?,0)", kpis);
        List<long[]> kpiIds = jdbc.query("select id, workspace_id, target from kpi where agency_id = ?",
                (r, n) -> new long[] {r.getLong(1), r.getLong(2), r.getLong(3)}, agency);
        Random random = new Random(agency);
        List<Object[]> batch = new ArrayList<>(10_000);
        long written = ws.size() + kpis.size();
        for (long[] kpi : kpiIds) {
            double pace = 0.7 + 0.6 * random.nextDouble();
            boolean level = kpi[2] == 40;
            for (int d = 0; d < DAYS; d++) {
                double value = level ? 40 * pace : kpi[2] / 90.0 * pace * (0.8 + 0.4 * random.nextDouble());
                batch.add(new Object[] {agency, kpi[1], kpi[0], java.sql.Date.valueOf(start.plusDays(d)),
                        Math.round(value * 100) / 100.0});
                if (batch.size() == 10_000) {
                    written += insert(jdbc, batch);
                }
            }
        }
        return written + insert(jdbc, batch);
    }

    private static int insert(JdbcTemplate jdbc, List<Object[]> batch) {
        jdbc.batchUpdate("insert into kpi_actual (agency_id, workspace_id, kpi_id, actual_date, amount, version)"
                + " values (?,?,?,?,?,0)", batch);
        int n = batch.size();
        batch.clear();
        return n;
    }
}
