package app.goalpost.api.bench;

import app.goalpost.GoalpostApplication;
import app.goalpost.api.ApiScope;
import app.goalpost.api.ApiTokenService;
import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.ActualsSource;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.shared.sheet.SheetFile;
import app.goalpost.shared.sheet.SheetProgress;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.workspace.WorkspaceId;
import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The actuals API push benchmark (not a test: no Test/IT suffix). Against a MariaDB (or MySQL) server, with the
 * app listening on a real port, it pushes batches of {@value #ROWS} rows (10 KPIs × 1,000 days) as JSON over HTTP
 * with an API token through the whole path a script takes (Tomcat, the /api/** chain, the token look-up and rate
 * limit, JSON parsing, {@code ActualsService.push}); the same number of rows through the CSV import path
 * ({@code ActualsService.importRows} over a CSV file, what the import dialog runs); and the same rows, ids resolved,
 * with {@code LOAD DATA LOCAL INFILE} into a table shaped like {@code kpi_actual} (as ImportBenchmark does). Each
 * method runs {@value #REPS} times on fresh KPIs (every row new) after one warm-up; then the same push again
 * (every row unchanged) and with other values (every row replaced). Drops and creates {@code goalpost_bench_api}.
 * Command and results: docs/benchmarks.md.
 */
public final class ApiPushBenchmark {

    private static final int KPIS_PER_BATCH = 10;
    private static final int DAYS = 1000;
    private static final int ROWS = KPIS_PER_BATCH * DAYS;
    private static final int REPS = 3;
    private static final String SERVER = System.getProperty("server", "127.0.0.1:3306");
    private static final String DATABASE = "goalpost_bench_api";
    private static final String USER = System.getProperty("user", "root");
    private static final String PASSWORD = System.getProperty("password", "");
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    private ApiPushBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String server = "jdbc:mysql://" + SERVER + "/?useSSL=false&allowPublicKeyRetrieval=true";
        try (Connection c = DriverManager.getConnection(server, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE);
            s.execute("create database " + DATABASE + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
        String url = "jdbc:mysql://" + SERVER + "/" + DATABASE
                + "?useSSL=false&allowPublicKeyRetrieval=true&allowLoadLocalInfile=true";
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(GoalpostApplication.class)
                .profiles("test", "mariadb").run("--server.port=0", "--logging.level.root=warn",
                        "--spring.datasource.url=" + url, "--spring.datasource.username=" + USER,
                        "--spring.datasource.password=" + PASSWORD);
        Path dir = Files.createTempDirectory("api-bench");
        try {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            Fixtures fixtures = ctx.getBean(Fixtures.class);
            AgencyFixture f = fixtures.agency("apibench");
            fixtures.signIn(f.owner());
            WorkspaceId ws = f.ws1Id();
            KpiService kpis = ctx.getBean(KpiService.class);
            // groups of 10 fresh KPIs: warm-up + REPS for the API, the same for the CSV import
            int groups = 2 * (REPS + 1);
            long[][] ids = new long[groups][KPIS_PER_BATCH];
            for (int g = 0; g < groups; g++) {
                for (int k = 0; k < KPIS_PER_BATCH; k++) {
                    ids[g][k] = kpis.create(ws, KpiInput.count("G" + g + " KPI " + k, 100_000, START,
                            START.plusDays(729)));
                }
            }
            String token = ctx.getBean(ApiTokenService.class).create(Optional.of(ws), "bench",
                    EnumSet.allOf(ApiScope.class), LocalDate.now().plusDays(30)).secret();
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            jdbc.execute("create table kpi_actual_load like kpi_actual");
            jdbc.execute("alter table kpi_actual_load add constraint fk_load_agency foreign key (agency_id)"
                    + " references agency (id), add constraint fk_load_workspace foreign key (workspace_id)"
                    + " references workspace (id), add constraint fk_load_kpi foreign key (kpi_id) references kpi (id)");
            HttpClient http = HttpClient.newHttpClient();
            ActualsService actuals = ctx.getBean(ActualsService.class);
            System.out.printf("%,d rows per batch, %d repetitions after one warm-up; %d cores%n", ROWS, REPS,
                    Runtime.getRuntime().availableProcessors());

            List<Double> api = new ArrayList<>();
            List<Double> csv = new ArrayList<>();
            List<Double> load = new ArrayList<>();
            String lastBody = "";
            for (int r = 0; r <= REPS; r++) {
                lastBody = json(ids[r], 0);
                double seconds = push(http, port, token, lastBody, "\"created\":" + ROWS);
                Path file = dir.resolve("g" + r + ".csv");
                writeCsv(file, REPS + 1 + r);
                long t = System.nanoTime();
                int written = actuals.importRows(ws, Optional.empty(), ActualsSource.file(SheetFile.of("a.csv", file)),
                        SheetProgress.NONE);
                double csvSeconds = (System.nanoTime() - t) / 1e9;
                if (written != ROWS) {
                    throw new IllegalStateException("import wrote " + written);
                }
                Path tsv = dir.resolve("g" + r + ".tsv");
                writeTsv(tsv, f.agencyId(), ws.value(), ids[r]);
                double loadSeconds = loadData(jdbc, tsv);
                if (r > 0) {
                    api.add(seconds);
                    csv.add(csvSeconds);
                    load.add(loadSeconds);
                }
            }
            double unchanged = push(http, port, token, lastBody, "\"unchanged\":" + ROWS);
            double replaced = push(http, port, token, json(ids[REPS], 1), "\"replaced\":" + ROWS);
            long stored = jdbc.queryForObject("select count(*) from kpi_actual where agency_id = ?", Long.class,
                    f.agencyId());
            System.out.printf("stored rows: %,d (expected %,d)%n", stored, 2L * (REPS + 1) * ROWS);
            report("API push over HTTP, every row new", api);
            report("CSV import path (importRows), every row new", csv);
            report("LOAD DATA LOCAL INFILE, same rows", load);
            System.out.printf("API push, every row unchanged: %.2f s (%,.0f rows/s)%n", unchanged, ROWS / unchanged);
            System.out.printf("API push, every row replaced: %.2f s (%,.0f rows/s)%n", replaced, ROWS / replaced);
            System.out.printf("ratio API / LOAD DATA (medians): %.2f; CSV import / LOAD DATA: %.2f%n",
                    median(api) / median(load), median(csv) / median(load));
        } finally {
            ctx.close();
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    /** The batch body: 10 KPIs × 1,000 days (last year's period and this one's), values shifted by {@code bump}. */
    private static String json(long[] kpiIds, int bump) {
        StringBuilder body = new StringBuilder(ROWS * 60).append("{\"rows\":[");
        boolean first = true;
        for (int d = 0; d < DAYS; d++) {
            String date = START.minusYears(1).plusDays(d).toString();
            for (long kpi : kpiIds) {
                body.append(first ? "" : ",").append("{\"kpiId\":").append(kpi).append(",\"date\":\"").append(date)
                        .append("\",\"value\":").append((kpi * 7 + d) % 500 + bump).append('.').append(d % 100)
                        .append('}');
                first = false;
            }
        }
        return body.append("]}").toString();
    }

    private static double push(HttpClient http, int port, String token, String body, String expect)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/actuals"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long t = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t) / 1e9;
        if (response.statusCode() != 200 || !response.body().contains(expect)) {
            throw new IllegalStateException(response.statusCode() + " "
                    + response.body().substring(0, Math.min(400, response.body().length())));
        }
        return seconds;
    }

    private static void writeCsv(Path file, int group) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("date,kpi,value\n");
            for (int d = 0; d < DAYS; d++) {
                String date = START.minusYears(1).plusDays(d).toString();
                for (int k = 0; k < KPIS_PER_BATCH; k++) {
                    w.write(date + ",G" + group + " KPI " + k + "," + (k * 7 + d) % 500 + "." + (d % 100) + "\n");
                }
            }
        }
    }

    private static void writeTsv(Path file, long agency, long ws, long[] kpiIds) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int d = 0; d < DAYS; d++) {
                String date = START.minusYears(1).plusDays(d).toString();
                for (long kpi : kpiIds) {
                    w.write(agency + "\t" + ws + "\t" + kpi + "\t" + date + "\t" + (kpi * 7 + d) % 500 + "."
                            + (d % 100) + "\t0\n");
                }
            }
        }
    }

    private static double loadData(JdbcTemplate jdbc, Path tsv) {
        jdbc.execute("truncate table kpi_actual_load");
        long t = System.nanoTime();
        jdbc.execute("load data local infile '" + tsv.toAbsolutePath() + "' into table kpi_actual_load"
                + " (agency_id, workspace_id, kpi_id, actual_date, amount, version)");
        return (System.nanoTime() - t) / 1e9;
    }

    private static void report(String what, List<Double> seconds) {
        System.out.printf("%s: median %.3f s (%,.0f rows/s); runs %s%n", what, median(seconds), ROWS / median(seconds),
                seconds.stream().map(s -> String.format("%.3f", s)).toList());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
