package app.goalpost.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.planning.DateRange;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.sheet.SheetFile;
import app.goalpost.shared.sheet.SheetProgress;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.workspace.WorkspaceNotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Importing actuals from CSV/XLSX: row-level errors, duplicates, replacements, and nothing written on error. */
@IntegrationTest
class ActualsImportTest {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate END = LocalDate.of(2026, 3, 31);

    @Autowired Fixtures fixtures;
    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;

    AgencyFixture f;
    long leads;
    long mql;

    @BeforeEach
    void kpis() {
        f = fixtures.agency("import");
        fixtures.signIn(f.manager());
        leads = kpis.create(f.ws1Id(), KpiInput.count("Leads", 300, START, END));
        mql = kpis.create(f.ws1Id(), KpiInput.count("MQL", 90, START, END));
        actuals.save(f.ws1Id(), new KpiId(leads), Granularity.DAY, Map.of(LocalDate.of(2026, 1, 5),
                Optional.of(BigDecimal.TEN)));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void malformedCsvListsEveryErrorAndWritesNothing() {
        String csv = """
                date;kpi;value
                2026-01-05;Leads;12
                2026-13-01;Leads;5
                05/01/2026;Unknown KPI;5
                2026-01-06;mql;lots
                2026-01-07;MQL;4
                07/01/2026;mql;6
                2026-01-08;;3
                2025-06-01;Leads;1
                """;
        List<RawRow> rows = read("actuals.csv", csv.getBytes(StandardCharsets.UTF_8), p -> { });
        ActualsPreview preview = actuals.preview(f.ws1Id(), Optional.empty(), rows);
        assertThat(preview.rows()).hasSize(8);
        assertThat(preview.errors()).isEqualTo(6);
        assertThat(preview.canImport()).isFalse();
        assertThat(preview.rows()).filteredOn(ImportRow::isError).extracting(ImportRow::line, ImportRow::errorKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "kpi.import.badDate"),
                        org.assertj.core.groups.Tuple.tuple(4, "kpi.import.unknownKpi"),
                        org.assertj.core.groups.Tuple.tuple(5, "kpi.import.badValue"),
                        org.assertj.core.groups.Tuple.tuple(7, "kpi.import.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(8, "kpi.import.noKpi"),
                        org.assertj.core.groups.Tuple.tuple(9, "kpi.import.outOfPeriod"));
        ImportRow duplicate = preview.rows().get(5);
        assertThat(duplicate.errorArgs()).containsExactly(6);
        ImportRow replacing = preview.rows().getFirst();
        assertThat(replacing.replaces()).isTrue();
        assertThat(replacing.existing()).isEqualByComparingTo("10");

        assertThatThrownBy(() -> actuals.importRows(f.ws1Id(), Optional.empty(), rows))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("kpi.import.hasErrors"));
        assertThat(actuals.list(f.ws1Id(), new KpiId(leads), DateRange.of(START, END)))
                .containsExactly(new ActualEntry(LocalDate.of(2026, 1, 5), BigDecimal.TEN));
        assertThat(actuals.list(f.ws1Id(), new KpiId(mql), DateRange.of(START, END))).isEmpty();
    }

    @Test
    void aCleanFileReplacesExistingValuesAndAddsLastYears() {
        String csv = "2026-01-05,Leads,12\n2026-01-06,Leads,\"1,234.5\"\n2025-01-06,MQL,3\n06/01/2026,MQL,4\n";
        List<RawRow> rows = read("a.csv", csv.getBytes(StandardCharsets.UTF_8), p -> { });
        ActualsPreview preview = actuals.preview(f.ws1Id(), Optional.empty(), rows);
        assertThat(preview.errors()).isZero();
        assertThat(preview.replacing()).isEqualTo(1);
        assertThat(preview.newValues()).isEqualTo(3);
        assertThat(actuals.importRows(f.ws1Id(), Optional.empty(), rows)).isEqualTo(4);
        assertThat(actuals.list(f.ws1Id(), new KpiId(leads), DateRange.of(START, END))).containsExactly(
                new ActualEntry(LocalDate.of(2026, 1, 5), new BigDecimal("12")),
                new ActualEntry(LocalDate.of(2026, 1, 6), new BigDecimal("1234.5")));
        assertThat(actuals.list(f.ws1Id(), new KpiId(mql), DateRange.of(START, END).minusYears(1)))
                .containsExactly(new ActualEntry(LocalDate.of(2025, 1, 6), new BigDecimal("3")));
    }

    @Test
    void xlsxWithDateCellsTextAndErrors() throws IOException {
        byte[] file = workbook(sheet -> {
            row(sheet, 0, "Date", "KPI", "Value");
            dateRow(sheet, 1, LocalDate.of(2026, 2, 2), "Leads", 7);
            row(sheet, 2, "not a date", "Leads", "3");
            row(sheet, 3, "2026-02-03", "Leads", "x");
            dateRow(sheet, 4, LocalDate.of(2026, 2, 2), "leads", 8);
        });
        List<RawRow> rows = read("a.xlsx", file, p -> { });
        ActualsPreview preview = actuals.preview(f.ws1Id(), Optional.empty(), rows);
        assertThat(preview.rows()).extracting(ImportRow::errorKey).containsExactly(null, "kpi.import.badDate",
                "kpi.import.badValue", "kpi.import.duplicate");
        assertThat(preview.rows().getFirst().date()).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThatThrownBy(() -> actuals.importRows(f.ws1Id(), Optional.empty(), rows))
                .isInstanceOf(InvalidInputException.class);
        assertThat(actuals.list(f.ws1Id(), new KpiId(leads), DateRange.of(START, END))).hasSize(1);
    }

    @Test
    void unreadableAndUnsupportedFilesAreRefused() {
        assertThatThrownBy(() -> read("a.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8),
                p -> { })).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("kpi.import.unreadable"));
        assertThatThrownBy(() -> read("a.pdf", new byte[0], p -> { }))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("kpi.import.unsupported"));
    }

    @Test
    void importsNeedEditPlanAndStayInTheirWorkspace() {
        List<RawRow> rows = List.of(new RawRow(1, "2026-01-05", "Leads", "1"));
        fixtures.signIn(f.client()); // viewer of ws1
        assertThatThrownBy(() -> actuals.preview(f.ws1Id(), Optional.empty(), rows))
                .isInstanceOf(WorkspaceNotFoundException.class);
        fixtures.signIn(f.contributor()); // contributor of ws2: ws1's KPIs are invisible
        assertThatThrownBy(() -> actuals.importRows(f.ws1Id(), Optional.empty(), rows))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThat(actuals.preview(f.ws2Id(), Optional.empty(), rows).rows().getFirst().errorKey())
                .isEqualTo("kpi.import.unknownKpi");
        AgencyFixture other = fixtures.agency("importother");
        fixtures.signIn(other.owner());
        assertThatThrownBy(() -> actuals.preview(f.ws1Id(), Optional.empty(), rows))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> actuals.preview(other.ws1Id(), Optional.of(new KpiId(leads)), rows))
                .isInstanceOf(WorkspaceNotFoundException.class);
    }

    @Test
    void aLargeFileIsReadWithProgress() {
        StringBuilder csv = new StringBuilder("date,kpi,value\n");
        for (LocalDate d = START; !d.isAfter(END); d = d.plusDays(1)) {
            csv.append(d).append(",Leads,3\n").append(d).append(",MQL,1\n");
        }
        List<Integer> progress = new java.util.ArrayList<>();
        List<RawRow> rows = read("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                progress::add);
        assertThat(rows).hasSize(180);
        assertThat(progress).last().isEqualTo(100);
        assertThat(actuals.importRows(f.ws1Id(), Optional.empty(), rows)).isEqualTo(180);
        assertThat(actuals.list(f.ws1Id(), new KpiId(leads), DateRange.of(START, END))).hasSize(90);
    }


    @Test
    void aWindows1252FileFromExcelImportsAccentedNames() {
        long qualified = kpis.create(f.ws1Id(), KpiInput.count("Leads qualifiés", 50, START, END));
        byte[] file = "Date;KPI;Valeur\n05/01/2026;Leads qualifiés;3,5\n06/01/2026;LEADS QUALIFIÉS;4\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        ActualsSource source = ActualsSource.file(SheetFile.of("Réalisés.csv", file));
        ActualsPreview preview = actuals.preview(f.ws1Id(), Optional.empty(), source, SheetProgress.NONE);
        assertThat(preview.errors()).isZero();
        assertThat(preview.rows()).extracting(ImportRow::kpiName).containsOnly("Leads qualifiés");
        assertThat(actuals.importRows(f.ws1Id(), Optional.empty(), source, SheetProgress.NONE)).isEqualTo(2);
        assertThat(actuals.list(f.ws1Id(), new KpiId(qualified), DateRange.of(START, END))).containsExactly(
                new ActualEntry(LocalDate.of(2026, 1, 5), new BigDecimal("3.5")),
                new ActualEntry(LocalDate.of(2026, 1, 6), new BigDecimal("4")));
    }

    /** 200 KPIs × 1,000 days: more than the old 40,000-line limit, streamed through the preview and the write. */
    @Test
    void aLargeGeneratedFileIsCheckedAndWrittenAsAStream() {
        fixtures.signIn(f.owner());
        LocalDate start = LocalDate.of(2025, 1, 1);
        int kpiCount = 200;
        int days = 1000;
        long first = 0;
        StringBuilder csv = new StringBuilder(kpiCount * days * 24).append("date,kpi,value\n");
        for (int k = 0; k < kpiCount; k++) {
            long id = kpis.create(f.ws2Id(), KpiInput.count("K" + k, 1000, start, start.plusDays(729)));
            first = k == 0 ? id : first;
            for (int d = 0; d < days; d++) {
                csv.append(start.minusYears(1).plusDays(d)).append(",K").append(k).append(',').append(d % 97)
                        .append('\n');
            }
        }
        SheetFile file = SheetFile.of("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        ActualsSource source = ActualsSource.file(file);
        ActualsPreview preview = actuals.preview(f.ws2Id(), Optional.empty(), source, SheetProgress.NONE);
        assertThat(preview.total()).isEqualTo(200_000);
        assertThat(preview.errors()).isZero();
        assertThat(preview.rows()).hasSize(ActualsPreview.SHOWN);
        assertThat(actuals.importRows(f.ws2Id(), Optional.empty(), source, SheetProgress.NONE)).isEqualTo(200_000);
        assertThat(actuals.list(f.ws2Id(), new KpiId(first), DateRange.of(start.minusYears(1), start.plusDays(729))))
                .hasSize(days).first().isEqualTo(new ActualEntry(start.minusYears(1), BigDecimal.ZERO));
        // the same file again replaces every value
        assertThat(actuals.preview(f.ws2Id(), Optional.empty(), source, SheetProgress.NONE).replacing())
                .isEqualTo(200_000);
    }

    /** 1,440 good rows (more than one written chunk of 1,000) before a bad one, or a cancel after the first chunk. */
    @Test
    void anErrorLateInALargeFileOrACancelRollsBackWhatWasWritten() {
        StringBuilder csv = new StringBuilder();
        for (int k = 0; k < 6; k++) {
            kpis.create(f.ws1Id(), KpiInput.count("Extra " + k, 100, START, END));
        }
        for (String kpi : List.of("Leads", "MQL", "Extra 0", "Extra 1", "Extra 2", "Extra 3", "Extra 4", "Extra 5")) {
            for (int d = 0; d < 90; d++) {
                csv.append(START.plusDays(d)).append(',').append(kpi).append(",7\n");
                csv.append(START.plusDays(d).minusYears(1)).append(',').append(kpi).append(",7\n");
            }
        }
        byte[] clean = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] late = (csv + "2026-01-09,Leads,-1\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> actuals.importRows(f.ws1Id(), Optional.empty(),
                ActualsSource.file(SheetFile.of("late.csv", late)),
                        SheetProgress.NONE)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("kpi.import.hasErrors");
                    assertThat(e.args()).containsExactly(1L);
                });
        assertThat(actuals.list(f.ws1Id(), new KpiId(leads), DateRange.of(START, END)))
                .containsExactly(new ActualEntry(LocalDate.of(2026, 1, 5), BigDecimal.TEN));
        assertThat(actuals.list(f.ws1Id(), new KpiId(mql), DateRange.of(START, END).minusYears(1))).isEmpty();

        SheetProgress stopped = new SheetProgress() {
            @Override
            public void report(double fraction) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> actuals.importRows(f.ws1Id(), Optional.empty(),
                ActualsSource.file(SheetFile.of("clean.csv", clean)),
                        stopped)).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(actuals.list(f.ws1Id(), new KpiId(leads), DateRange.of(START, END)))
                .containsExactly(new ActualEntry(LocalDate.of(2026, 1, 5), BigDecimal.TEN));
        assertThat(actuals.list(f.ws1Id(), new KpiId(mql), DateRange.of(START, END).minusYears(1))).isEmpty();
        assertThat(actuals.importRows(f.ws1Id(), Optional.empty(),
                ActualsSource.file(SheetFile.of("clean.csv", clean)), SheetProgress.NONE)).isEqualTo(1440);
    }

    /** What the import dialog's check reads: the file through the shared sheet reader, as raw rows. */
    static List<RawRow> read(String name, byte[] content, java.util.function.Consumer<Integer> progress) {
        List<RawRow> rows = new java.util.ArrayList<>();
        ActualsSource.file(SheetFile.of(name, content)).forEach(new SheetProgress() {
            @Override
            public void report(double fraction) {
                progress.accept((int) Math.round(fraction * 100));
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        }, rows::add);
        return rows;
    }

    private static byte[] workbook(java.util.function.Consumer<Sheet> fill) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(book.createSheet("Actuals"));
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    private static void dateRow(Sheet sheet, int index, LocalDate date, String kpi, double value) {
        Row row = sheet.createRow(index);
        CellStyle style = sheet.getWorkbook().createCellStyle();
        style.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        row.createCell(0).setCellValue(date);
        row.getCell(0).setCellStyle(style);
        row.createCell(1).setCellValue(kpi);
        row.createCell(2).setCellValue(value);
    }
}
