package app.goalpost.shell.bench;

import app.goalpost.GoalpostApplication;
import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.FunnelTestData;
import app.goalpost.scenario.CeilingMode;
import app.goalpost.scenario.GoalKind;
import app.goalpost.scenario.LeverKind;
import app.goalpost.scenario.ScenarioForm;
import app.goalpost.scenario.ScenarioService;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.workspace.WorkspaceId;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The scale data generator (not a test: no Test/IT suffix, Surefire and Failsafe ignore it). Drops and creates a
 * database on a MySQL-protocol server, lets the real app migrate it (Flyway, profiles {@code test} + {@code mariadb}),
 * signs up the agencies through the real sign-up path (so their owners can sign in with {@link Fixtures#PASSWORD}),
 * builds one template workspace through the services (funnel stages, a baseline, a scenario), and then writes every
 * other row as tab-separated files loaded with {@code LOAD DATA LOCAL INFILE}: the server's own bulk path, the
 * fastest way in. Ids are assigned here (above the highest id the services wrote), so that children reference
 * their parents without a round trip; every row carries its agency_id and the composite tenant keys of V7 hold
 * because each child copies its parent's agency.
 *
 * <p>Agencies (each with the fixture's owner, admin, manager and two client users, plus generated users):
 * <ul>
 *   <li>{@code small}: {@code -Dsmall=10} workspaces × 25 KPIs × {@code -Ddays=365} days;</li>
 *   <li>{@code large}: {@code -Dlarge=2000} workspaces × 25 KPIs × 365 days (about 18 M actuals rows);</li>
 *   <li>{@code -Dothers=20} agencies of {@code -DotherWorkspaces=500} workspaces × {@code -DotherKpis=5} KPIs ×
 *       {@code -DotherDays=30} days.</li>
 * </ul>
 * Every workspace gets the template's 5 funnel stages, one current baseline with its volumes and one scenario with
 * its targets, a stored portfolio status (valid today, so the home does not compute 2,000 statuses on its first
 * visit), and the owner has opened every tenth workspace (visits for the switcher's recent-first order). One
 * account manager per 40 workspaces is assigned 40 of them; one client viewer per 10 workspaces has one.
 * Prints the seeding time, the row counts and the database size (information_schema), and writes the owners'
 * e-mails and a measured workspace per agency to {@code target/scale-agencies.properties} for the benchmarks.
 * Command and results: docs/benchmarks.md ("Tenant scale").
 */
public final class ScaleSeeder {

    static final String SERVER = System.getProperty("server", "127.0.0.1:3306");
    static final String DATABASE = System.getProperty("database", "goalpost_scale");
    static final String USER = System.getProperty("user", "root");
    static final String PASSWORD = System.getProperty("password", "");
    private static final int SMALL = Integer.getInteger("small", 10);
    private static final int LARGE = Integer.getInteger("large", 2000);
    private static final int KPIS = Integer.getInteger("kpis", 25);
    private static final int DAYS = Integer.getInteger("days", 365);
    private static final int OTHERS = Integer.getInteger("others", 20);
    private static final int OTHER_WORKSPACES = Integer.getInteger("otherWorkspaces", 500);
    private static final int OTHER_KPIS = Integer.getInteger("otherKpis", 5);
    private static final int OTHER_DAYS = Integer.getInteger("otherDays", 30);
    /** Rows per LOAD DATA file: small enough to show progress and keep the temporary files small. */
    private static final int CHUNK = 1_000_000;

    /** The columns each generated file holds, in file order (named, so that later migrations' columns default). */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("workspace", "id, agency_id, name, industry, company_stage, currency, time_zone,"
                    + " fiscal_year_start_month, archived, created_at, version"),
            Map.entry("user_account", "id, agency_id, email, display_name, password_hash, role, active, locale,"
                    + " created_at, version"),
            Map.entry("workspace_member", "id, agency_id, workspace_id, user_id, access_level, version"),
            Map.entry("workspace_visit", "id, agency_id, user_id, workspace_id, visited_at, version"),
            Map.entry("kpi", "id, agency_id, workspace_id, name, unit, direction, aggregation, target, period_start,"
                    + " period_end, tolerance, stage_key, source_scenario_id, archived, created_at, version"),
            Map.entry("kpi_actual", "id, agency_id, workspace_id, kpi_id, actual_date, amount, version"),
            Map.entry("funnel_stage", "id, agency_id, workspace_id, sort_order, name, benchmark_key, version"),
            Map.entry("baseline", "id, agency_id, workspace_id, name, method, period_start, period_end, is_current,"
                    + " benchmark_set, budget, updated_at, version"),
            Map.entry("baseline_volume", "id, agency_id, baseline_id, stage_id, volume, spend, version"),
            Map.entry("scenario", "id, agency_id, workspace_id, baseline_id, name, goal_kind, goal_stage, goal_amount,"
                    + " deal_value, lever_kind, lever_steps, lever_weights, volume_share, ceiling_mode, period_start,"
                    + " period_end, adopted, adopted_at, updated_at, version"),
            Map.entry("scenario_target", "id, agency_id, scenario_id, sort_order, stage_name, stage_key,"
                    + " planned_volume, whole_units, version"),
            Map.entry("workspace_status", "id, agency_id, workspace_id, overall, risk_rank, behind_count,"
                    + " on_track_count, ahead_count, no_data_count, worst_kpi_id, worst_kpi_name, worst_kpi_kind,"
                    + " worst_status, worst_ratio, worst_shortfall, main_kpi_id, main_kpi_name, main_status,"
                    + " main_projection, review_due, review_overdue, computed_for, valid_until, stale, last_activity,"
                    + " version"));

    private final Connection c;
    private final Path dir;
    private final Map<String, Long> nextId = new LinkedHashMap<>();
    private final Map<String, Long> written = new LinkedHashMap<>();
    private static final LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    private final String now = ts(Instant.now());
    private final Template template;
    private final String passwordHash;

    private ScaleSeeder(Connection c, Path dir, Template template, String passwordHash) {
        this.c = c;
        this.dir = dir;
        this.template = template;
        this.passwordHash = passwordHash;
    }

    /** The template workspace's funnel rows, read back after the services wrote them: valid by construction. */
    record Template(List<Object[]> stages, Object[] baseline, List<Object[]> volumes, Object[] scenario,
            List<Object[]> targets) {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        try (Connection root = DriverManager.getConnection(serverUrl(""), USER, PASSWORD);
                Statement s = root.createStatement()) {
            s.execute("drop database if exists " + DATABASE);
            s.execute("create database " + DATABASE + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
        String url = serverUrl(DATABASE);
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(GoalpostApplication.class)
                .profiles("test", "mariadb").run("--server.port=0", "--logging.level.root=warn",
                        "--spring.datasource.url=" + url, "--spring.datasource.username=" + USER,
                        "--spring.datasource.password=" + PASSWORD);
        Map<String, AgencyFixture> agencies = new LinkedHashMap<>();
        try {
            Fixtures fixtures = ctx.getBean(Fixtures.class);
            agencies.put("small", fixtures.agency("small"));
            agencies.put("large", fixtures.agency("large"));
            AgencyFixture small = agencies.get("small");
            fixtures.signIn(small.owner());
            FunnelService funnels = ctx.getBean(FunnelService.class);
            long baseline = FunnelTestData.workedExample(funnels, small.ws1());
            ctx.getBean(ScenarioService.class).create(small.ws1Id(), new ScenarioForm("Template scenario", baseline,
                    GoalKind.RELATIVE, 5, new BigDecimal("15"), Optional.empty(), LeverKind.ONE_RATE, List.of(0),
                    List.of(), 0.5, CeilingMode.NONE, today.withDayOfMonth(1), today.plusMonths(3)));
            Fixtures.signOut();
        } finally {
            ctx.close();
        }
        System.out.printf("schema, %d agencies signed up, template workspace: %.1f s%n", agencies.size(),
                (System.nanoTime() - t0) / 1e9);
        Path dir = Files.createTempDirectory("goalpost-scale");
        try (Connection c = DriverManager.getConnection(url + "&allowLoadLocalInfile=true", USER, PASSWORD)) {
            AgencyFixture small = agencies.get("small");
            Template template = readTemplate(c, small.agencyId(), small.ws1());
            String hash = single(c, "select password_hash from user_account where email = '" + small.owner() + "'");
            // the other agencies are only there to be large around the measured ones: an owner each, by SQL (the
            // sign-up path's password hashing, invitations and fixture workspaces take seconds per agency here)
            try (Statement s = c.createStatement()) {
                for (int i = 1; i <= OTHERS; i++) {
                    s.executeUpdate("insert into agency (name, created_at, version) values ('Other agency " + i
                            + "', now(6), 0)", Statement.RETURN_GENERATED_KEYS);
                    long agency;
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        agency = keys.getLong(1);
                    }
                    String owner = "owner-" + agency + "@other" + i + ".test";
                    s.executeUpdate("insert into user_account (agency_id, email, display_name, password_hash, role,"
                            + " active, locale, created_at, version) values (" + agency + ", '" + owner
                            + "', 'Owner " + i + "', '" + hash + "', 'OWNER', true, 'en', now(6), 0)");
                    agencies.put("other" + i, new AgencyFixture(agency, owner, null, null, null, null, 0, 0, 0));
                }
            }
            ScaleSeeder seeder = new ScaleSeeder(c, dir, template, hash);
            for (String table : List.of("workspace", "user_account", "workspace_member", "workspace_visit", "kpi",
                    "kpi_actual", "funnel_stage", "baseline", "baseline_volume", "scenario", "scenario_target",
                    "workspace_status")) {
                seeder.nextId.put(table, Long.parseLong(single(c, "select coalesce(max(id), 0) + 1 from " + table)));
            }
            Map<String, long[]> measured = new LinkedHashMap<>();
            long t1 = System.nanoTime();
            for (var e : agencies.entrySet()) {
                boolean other = e.getKey().startsWith("other");
                int ws = switch (e.getKey()) {
                    case "small" -> SMALL;
                    case "large" -> LARGE;
                    default -> OTHER_WORKSPACES;
                };
                long[] first = seeder.seedAgency(e.getValue(), ws, other ? OTHER_KPIS : KPIS,
                        other ? OTHER_DAYS : DAYS);
                measured.put(e.getKey(), first);
                System.out.printf("  %s: %d workspaces, %.0f s so far%n", e.getKey(), ws,
                        (System.nanoTime() - t1) / 1e9);
            }
            seeder.flushActuals();
            double loadSeconds = (System.nanoTime() - t1) / 1e9;
            try (Statement s = c.createStatement()) {
                s.execute("analyze table workspace, workspace_member, workspace_visit, kpi, kpi_actual, funnel_stage,"
                        + " baseline, baseline_volume, scenario, scenario_target, workspace_status, user_account");
            }
            long total = seeder.written.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("generated rows: %s (%,d in all), LOAD DATA: %.1f s; total seeding %.1f s%n",
                    seeder.written, total, loadSeconds, (System.nanoTime() - t0) / 1e9);
            System.out.println("database size (information_schema, after ANALYZE): " + single(c,
                    "select concat(round(sum(data_length) / 1048576), ' MB data + ', round(sum(index_length) / 1048576),"
                            + " ' MB indexes') from information_schema.tables where table_schema = '" + DATABASE + "'"));
            System.out.println("kpi_actual rows (count(*)): " + single(c, "select count(*) from kpi_actual"));
            StringBuilder props = new StringBuilder();
            agencies.forEach((label, f) -> props.append(label).append(".owner=").append(f.owner()).append('\n')
                    .append(label).append(".agency=").append(f.agencyId()).append('\n')
                    .append(label).append(".workspace=").append(measured.get(label)[0]).append('\n')
                    .append(label).append(".kpi=").append(measured.get(label)[1]).append('\n'));
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "scale-agencies.properties"), props);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** A DATETIME(6) literal in UTC (the app's JDBC time zone). */
    private static String ts(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
                .format(instant.atOffset(java.time.ZoneOffset.UTC));
    }

    static String serverUrl(String database) {
        return "jdbc:mysql://" + SERVER + "/" + database + "?useSSL=false&allowPublicKeyRetrieval=true";
    }

    private static String single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static List<Object[]> rows(Connection c, String sql) throws Exception {
        List<Object[]> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData m = r.getMetaData();
            while (r.next()) {
                Object[] row = new Object[m.getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = r.getString(i + 1);
                }
                out.add(row);
            }
        }
        return out;
    }

    private static Template readTemplate(Connection c, long agency, long ws) throws Exception {
        String where = " where agency_id = " + agency + " and workspace_id = " + ws;
        List<Object[]> stages = rows(c, "select id, sort_order, name, benchmark_key from funnel_stage" + where
                + " order by sort_order");
        Object[] baseline = rows(c, "select id, name, method, period_start, period_end, is_current, benchmark_set,"
                + " budget from baseline" + where).getFirst();
        List<Object[]> volumes = rows(c, "select stage_id, volume, spend from baseline_volume where baseline_id = "
                + baseline[0]);
        Object[] scenario = rows(c, "select id, name, goal_kind, goal_stage, goal_amount, deal_value, lever_kind,"
                + " lever_steps, lever_weights, volume_share, ceiling_mode, period_start, period_end from scenario"
                + where).getFirst();
        List<Object[]> targets = rows(c, "select sort_order, stage_name, stage_key, planned_volume, whole_units"
                + " from scenario_target where scenario_id = " + scenario[0] + " order by sort_order");
        return new Template(stages, baseline, volumes, scenario, targets);
    }

    private BufferedWriter actuals;
    private Path actualsFile;
    private long actualsInFile;

    private long id(String table) {
        written.merge(table, 1L, Long::sum);
        return nextId.merge(table, 1L, Long::sum) - 1;
    }

    /**
     * Writes one agency's generated rows (all but the actuals are loaded at once); returns its measured workspace
     * (the first generated one) and that workspace's first KPI.
     */
    private long[] seedAgency(AgencyFixture f, int workspaces, int kpis, int days) throws Exception {
        long agency = f.agencyId();
        Random random = new Random(agency);
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        for (int i = f.ws1() == 0 ? 0 : 3; i < workspaces; i++) { // a fixture agency has 3 workspaces already
            long w = id("workspace");
            ids.add(w);
            row(files, "workspace", w, agency, String.format("Client %04d of %d", i, agency),
                    i % 2 == 0 ? "B2B_SAAS" : "OTHER", i % 3 == 0 ? "STARTUP" : "SCALE_UP", "EUR", "Europe/Paris", 1,
                    0, now, 0);
        }
        long ownerId = Long.parseLong(single(c, "select id from user_account where email = '" + f.owner() + "'"));
        for (int m = 0; m < ids.size() / 40; m++) {
            long u = id("user_account");
            row(files, "user_account", u, agency, "manager" + m + "-" + agency + "@scale.test", "Manager " + m,
                    passwordHash, "MANAGER", 1, "en", now, 0);
            for (int i = m * 40; i < (m + 1) * 40; i++) {
                row(files, "workspace_member", id("workspace_member"), agency, ids.get(i), u, "MANAGER", 0);
            }
        }
        for (int k = 0; k < ids.size() / 10; k++) {
            long u = id("user_account");
            row(files, "user_account", u, agency, "client" + k + "-" + agency + "@scale.test", "Client user " + k,
                    passwordHash, "CLIENT", 1, "en", now, 0);
            row(files, "workspace_member", id("workspace_member"), agency, ids.get(k * 10), u, "VIEWER", 0);
        }
        for (int i = 0; i < ids.size(); i += 10) {
            row(files, "workspace_visit", id("workspace_visit"), agency, ownerId, ids.get(i),
                    ts(Instant.now().minusSeconds(60L * i)), 0);
        }
        LocalDate start = today.minusDays(days - 1);
        LocalDate end = today.plusDays(90);
        long measuredKpi = 0;
        List<double[]> series = new ArrayList<>(); // (workspace, KPI, pace): the actuals are written after their KPIs
        for (long w : ids) {
            seedFunnel(files, agency, w);
            long wsFirstKpi = 0;
            for (int k = 0; k < kpis; k++) {
                long kpi = id("kpi");
                measuredKpi = measuredKpi == 0 ? kpi : measuredKpi;
                wsFirstKpi = wsFirstKpi == 0 ? kpi : wsFirstKpi;
                double pace = 0.7 + 0.5 * random.nextDouble();
                double target = Math.round(1000 * days * 1.1);
                row(files, "kpi", kpi, agency, w, "KPI " + (k + 1), "COUNT", "HIGHER_IS_BETTER", "CUMULATIVE",
                        target, start, end, "0.0500", null, null, 0, now, 0);
                series.add(new double[] {w, kpi, pace});
            }
            int behind = random.nextInt(4) == 0 ? 0 : random.nextInt(kpis / 2 + 1);
            int ahead = random.nextInt(kpis - behind + 1);
            int onTrack = kpis - behind - ahead;
            String overall = behind > 0 ? "BEHIND" : onTrack > 0 ? "ON_TRACK" : "AHEAD";
            String ratio = String.format(java.util.Locale.ROOT, "%.6f", 0.5 + random.nextDouble() * 0.6);
            String shortfall = String.format(java.util.Locale.ROOT, "%.6f", random.nextDouble() * 0.5);
            row(files, "workspace_status", id("workspace_status"), agency, w, overall,
                    behind > 0 ? 0 : onTrack > 0 ? 1 : 2, behind, onTrack, ahead, 0, wsFirstKpi, "KPI 1", "OUTCOME",
                    behind > 0 ? "BEHIND" : "ON_TRACK", ratio, shortfall, wsFirstKpi, "KPI 1", "ON_TRACK", ratio,
                    today.plusDays(random.nextInt(90)), 0, today,
                    ts(today.plusDays(1).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant()), 0, now, 0);
        }
        for (var e : files.entrySet()) {
            load(e.getKey(), e.getValue().toString());
        }
        for (double[] kpi : series) {
            for (int d = 0; d < days; d++) {
                actual(agency, (long) kpi[0], (long) kpi[1], start.plusDays(d),
                        Math.round(1000 * kpi[2] * (0.6 + 0.8 * random.nextDouble())));
            }
        }
        return new long[] {ids.getFirst(), measuredKpi};
    }

    /** The template's stages, baseline (with volumes) and scenario (with targets), under new ids. */
    private void seedFunnel(Map<String, StringBuilder> files, long agency, long w) {
        Map<String, Long> stageIds = new LinkedHashMap<>();
        for (Object[] s : template.stages()) {
            long id = id("funnel_stage");
            stageIds.put((String) s[0], id);
            row(files, "funnel_stage", id, agency, w, s[1], s[2], s[3], 0);
        }
        Object[] b = template.baseline();
        long baseline = id("baseline");
        row(files, "baseline", baseline, agency, w, b[1], b[2], b[3], b[4], b[5], b[6], b[7], now, 0);
        for (Object[] v : template.volumes()) {
            row(files, "baseline_volume", id("baseline_volume"), agency, baseline, stageIds.get((String) v[0]), v[1],
                    v[2], 0);
        }
        Object[] s = template.scenario();
        long scenario = id("scenario");
        row(files, "scenario", scenario, agency, w, baseline, s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9],
                s[10], s[11], s[12], 0, null, now, 0);
        for (Object[] t : template.targets()) {
            row(files, "scenario_target", id("scenario_target"), agency, scenario, t[0], t[1], t[2], t[3], t[4], 0);
        }
    }

    private static void row(Map<String, StringBuilder> files, String table, Object... values) {
        StringBuilder b = files.computeIfAbsent(table, t -> new StringBuilder());
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append('\t');
            }
            b.append(values[i] == null ? "\\N" : values[i].toString());
        }
        b.append('\n');
    }

    private void actual(long agency, long w, long kpi, LocalDate date, long amount) throws Exception {
        if (actuals == null) {
            actualsFile = dir.resolve("kpi_actual.tsv");
            actuals = Files.newBufferedWriter(actualsFile);
        }
        actuals.write(id("kpi_actual") + "\t" + agency + "\t" + w + "\t" + kpi + "\t" + date + "\t" + amount + "\t0\n");
        if (++actualsInFile == CHUNK) {
            flushActuals();
        }
    }

    private void flushActuals() throws Exception {
        if (actuals == null) {
            return;
        }
        actuals.close();
        actuals = null;
        load("kpi_actual", actualsFile);
        actualsInFile = 0;
    }

    private void load(String table, String content) throws Exception {
        Path file = dir.resolve(table + ".tsv");
        Files.writeString(file, content);
        load(table, file);
    }

    /**
     * Loads one file with every column in table order (the files write them so). Constraints stay on: the foreign
     * keys and unique keys check every row, so a bad row fails the load instead of corrupting the data set.
     */
    private void load(String table, Path file) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("load data local infile '" + file.toAbsolutePath() + "' into table " + table
                    + " character set utf8mb4 fields terminated by '\\t' lines terminated by '\\n' (" + COLUMNS.get(table)
                    + ")");
            if (s.getWarnings() != null) {
                throw new IllegalStateException("LOAD DATA into " + table + " warned: " + s.getWarnings());
            }
        }
        Files.delete(file);
    }
}
