package app.goalpost.kpi.bench;

import app.goalpost.GoalpostApplication;
import app.goalpost.kpi.ActualsPreview;
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
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The actuals import benchmark (not a test: no Test/IT suffix, Surefire and Failsafe ignore it). Against a MariaDB
 * (or MySQL) server it imports {@value #ROWS} rows (1,000 KPIs × 1,000 days of one workspace) from a CSV file
 * through the real import path, the one the import dialog uses: {@code ActualsService.preview} (the check,
 * writing nothing) and {@code ActualsService.importRows} (the write, one transaction) over
 * {@code ActualsSource.file}. It then loads the same rows, with their ids already resolved, with
 * {@code LOAD DATA LOCAL INFILE} into {@code kpi_actual_load}, a table of the same shape (columns, unique key,
 * index, foreign keys), and prints both times, their ratio (target ≤ 2), and the heap: the peak heap in use while
 * importing (sampled) and the heap still in use after the import and a GC. Run it with a small -Xmx to show that
 * the heap is bounded. It drops and creates the database {@code goalpost_bench_imports}.
 * Command and results: docs/benchmarks.md.
 */
public final class ImportBenchmark {

    private static final int KPIS = 1000;
    private static final int DAYS = 1000;
    private static final int ROWS = KPIS * DAYS;
    private static final String SERVER = System.getProperty("server", "127.0.0.1:3306");
    private static final String DATABASE = "goalpost_bench_imports";
    private static final String USER = System.getProperty("user", "root");
    private static final String PASSWORD = System.getProperty("password", "");

    private ImportBenchmark() {
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
        Path dir = Files.createTempDirectory("import-bench");
        try {
            Fixtures fixtures = ctx.getBean(Fixtures.class);
            AgencyFixture f = fixtures.agency("bench");
            fixtures.signIn(f.owner());
            long ws = f.ws1();
            LocalDate start = LocalDate.of(2025, 1, 1);
            long[] kpiIds = new long[KPIS];
            KpiService kpis = ctx.getBean(KpiService.class);
            for (int k = 0; k < KPIS; k++) {
                kpiIds[k] = kpis.create(new WorkspaceId(ws), KpiInput.count("KPI " + k, 100_000, start,
                        start.plusDays(729)));
            }
            Path csv = dir.resolve("actuals.csv");
            Path tsv = dir.resolve("actuals.tsv");
            writeFiles(csv, tsv, f.agencyId(), ws, kpiIds, start.minusYears(1));
            System.out.printf("%,d rows: CSV %.1f MB; JVM max heap %d MB; %d cores%n", ROWS,
                    Files.size(csv) / 1e6, Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors());

            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            jdbc.execute("create table kpi_actual_load like kpi_actual");
            jdbc.execute("alter table kpi_actual_load add constraint fk_load_agency foreign key (agency_id)"
                    + " references agency (id), add constraint fk_load_workspace foreign key (workspace_id)"
                    + " references workspace (id), add constraint fk_load_kpi foreign key (kpi_id) references kpi (id)");
            // before and after the import: the machine's load drifts, the ratio uses the mean of both
            double loadBefore = loadData(jdbc, tsv);
            jdbc.execute("truncate table kpi_actual_load");
            ActualsService actuals = ctx.getBean(ActualsService.class);
            ActualsSource source = ActualsSource.file(SheetFile.of("actuals.csv", csv));
            long baseline = liveHeap();
            Measured<ActualsPreview> check = measure(() -> actuals.preview(new WorkspaceId(ws), Optional.empty(),
                    source,
                    SheetProgress.NONE));
            if (check.result().errors() != 0 || check.result().total() != ROWS) {
                throw new IllegalStateException("unexpected preview: " + check.result().total() + " rows, "
                        + check.result().errors() + " errors");
            }
            Measured<Integer> write = measure(() -> actuals.importRows(new WorkspaceId(ws), Optional.empty(), source,
                    SheetProgress.NONE));
            long retained = liveHeap() - baseline;
            long stored = jdbc.queryForObject("select count(*) from kpi_actual where agency_id = ?", Long.class,
                    f.agencyId());
            double loadAfter = loadData(jdbc, tsv);
            double load = (loadBefore + loadAfter) / 2;
            long loaded = jdbc.queryForObject("select count(*) from kpi_actual_load", Long.class);

            System.out.printf("check (preview, writes nothing): %.1f s, peak heap in use %d MB%n",
                    check.seconds(), check.peakHeap() >> 20);
            System.out.printf("import (one transaction, %d-row upserts): %.1f s for %,d rows (%,d stored),"
                    + " peak heap in use %d MB%n", app.goalpost.kpi.internal.ActualsWriter.CHUNK, write.seconds(),
                    write.result(), stored, write.peakHeap() >> 20);
            System.out.printf("LOAD DATA LOCAL INFILE of the same rows: %.1f s before, %.1f s after (%,d rows)%n",
                    loadBefore, loadAfter, loaded);
            System.out.printf("ratio import / LOAD DATA: %.2f (target <= 2); check + import / LOAD DATA: %.2f%n",
                    write.seconds() / load, (check.seconds() + write.seconds()) / load);
            System.out.printf("heap in use by the idle app after a GC: %d MB; retained after the import and a GC:"
                    + " %d MB%n", baseline >> 20, retained >> 20);
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

    private static double loadData(JdbcTemplate jdbc, Path tsv) {
        jdbc.execute("truncate table kpi_actual_load");
        long t = System.nanoTime();
        jdbc.execute("load data local infile '" + tsv.toAbsolutePath() + "' into table kpi_actual_load"
                + " (agency_id, workspace_id, kpi_id, actual_date, amount, version)");
        return (System.nanoTime() - t) / 1e9;
    }

    private static void writeFiles(Path csv, Path tsv, long agency, long ws, long[] kpiIds, LocalDate first)
            throws Exception {
        try (BufferedWriter c = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                BufferedWriter t = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
            c.write("date,kpi,value\n");
            for (int d = 0; d < DAYS; d++) {
                String date = first.plusDays(d).toString();
                for (int k = 0; k < KPIS; k++) {
                    String value = (k * 7 + d) % 500 + "." + (d % 100);
                    c.write(date + ",KPI " + k + "," + value + "\n");
                    t.write(agency + "\t" + ws + "\t" + kpiIds[k] + "\t" + date + "\t" + value + "\t0\n");
                }
            }
        }
    }

    private record Measured<T>(T result, double seconds, long peakHeap) {
    }

    /** Runs the work while a sampler records the heap in use every 20 ms (garbage included: an upper bound). */
    private static <T> Measured<T> measure(Supplier<T> work) throws InterruptedException {
        System.gc();
        AtomicLong peak = new AtomicLong();
        List<MemoryPoolMXBean> heap = new ArrayList<>(ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList());
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long t = System.nanoTime();
        T result = work.get();
        double seconds = (System.nanoTime() - t) / 1e9;
        sampler.interrupt();
        sampler.join();
        return new Measured<>(result, seconds, peak.get());
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
