package app.goalpost.shared.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The one sheet reader: charsets, the separator rule, quotes, line numbers, XLSX values, broken files, cancel. */
class SheetReaderTest {

    static List<SheetRow> read(String name, byte[] content) {
        List<SheetRow> rows = new ArrayList<>();
        SheetReader.read(SheetFile.of(name, content), SheetProgress.NONE, rows::add);
        return rows;
    }

    static byte[] bytes(String text, Charset charset, byte... bom) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @Test
    void utf8WithAndWithoutBomAndUtf16() {
        String text = "date;kpi;value\n2026-01-05;Leads qualifiés;12\n";
        for (byte[] file : List.of(bytes(text, StandardCharsets.UTF_8),
                bytes(text, StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
                bytes(text, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE),
                bytes(text, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF))) {
            List<SheetRow> rows = read("a.csv", file);
            assertThat(rows).extracting(SheetRow::cells).containsExactly(List.of("date", "kpi", "value"),
                    List.of("2026-01-05", "Leads qualifiés", "12"));
        }
    }

    @Test
    void windows1252AsExcelOnWindowsWritesIt() {
        // é is 0xE9 and € is 0x80 in Windows-1252: neither is valid UTF-8 on its own
        byte[] file = bytes("Étape;Dépense\nLeads qualifiés;1 200 €\n", SheetCharsets.WINDOWS_1252);
        assertThat(read("a.csv", file)).extracting(SheetRow::cells).containsExactly(List.of("Étape", "Dépense"),
                List.of("Leads qualifiés", "1 200 €"));
        // a single accent far into an otherwise ASCII file still decides: the whole file is checked
        String late = "x,y\n".repeat(50_000) + "Leads qualifiés,1\n";
        List<SheetRow> rows = read("late.csv", bytes(late, SheetCharsets.WINDOWS_1252));
        assertThat(rows.getLast().cell(0)).isEqualTo("Leads qualifiés");
    }

    @Test
    void oneSeparatorRule() {
        assertThat(SheetReader.separator("date\tkpi\tvalue")).isEqualTo('\t');
        assertThat(SheetReader.separator("2026-01-05;Leads;1,5")).isEqualTo(';');
        assertThat(SheetReader.separator("a,b;c,d")).isEqualTo(',');
        assertThat(SheetReader.separator("\"a;b;c\",d")).isEqualTo(',');
        assertThat(SheetReader.separator("a;b,c")).isEqualTo(';');
        assertThat(SheetReader.separator("single")).isEqualTo(',');
        assertThat(read("a.tsv", "2026-01-05\t\"1,5\"\t3\n".getBytes(StandardCharsets.UTF_8)).getFirst().cells())
                .containsExactly("2026-01-05", "1,5", "3");
    }

    @Test
    void quotesBlankLinesAndLineNumbersAsASpreadsheetShowsThem() {
        String text = "\n\"Leads, web\",\"say \"\"hi\"\"\"\r\n\r\n  spaced  ,\"two\nlines\"\nlast,1";
        List<SheetRow> rows = read("a.csv", text.getBytes(StandardCharsets.UTF_8));
        assertThat(rows).extracting(SheetRow::line).containsExactly(2, 4, 6);
        assertThat(rows.get(0).cells()).containsExactly("Leads, web", "say \"hi\"");
        assertThat(rows.get(1).cells()).containsExactly("spaced", "two\nlines");
        assertThat(rows.get(2).cell(5)).isEmpty();
    }

    @Test
    void xlsxStreamsStoredNumbersDatesAndMissingCells() throws IOException {
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("First");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("mm/dd/yy"));
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("#,##0 \"€\""));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Date");
            header.createCell(2).setCellValue("Value");
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue(LocalDate.of(2026, 2, 3));
            row.getCell(0).setCellStyle(date);
            row.createCell(1).setCellValue("Leads qualifiés");
            row.createCell(2).setCellValue(1234.5);
            row.getCell(2).setCellStyle(money);
            row.createCell(3).setCellFormula("C4*2");
            book.createSheet("Second").createRow(0).createCell(0).setCellValue("ignored");
            book.write(out);
            file = out.toByteArray();
        }
        List<SheetRow> rows = read("a.xlsx", file);
        assertThat(rows).extracting(SheetRow::line).containsExactly(1, 4);
        assertThat(rows.get(0).cells()).containsExactly("Date", "", "Value");
        // the stored number, not "1,235 €"; the ISO date, not the US display format
        assertThat(rows.get(1).cells()).startsWith("2026-02-03", "Leads qualifiés", "1234.5");
    }

    @Test
    void brokenAndForeignFilesAreRefusedWithAReason() {
        assertThatThrownBy(() -> read("a.csv", "a,\"unterminated\n1,2".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(SheetException.class,
                        e -> assertThat(e.reason()).isEqualTo(SheetException.Reason.UNREADABLE));
        assertThatThrownBy(() -> read("a.csv", new byte[] {'a', ',', 0, 1, 2, '\n'}))
                .isInstanceOfSatisfying(SheetException.class,
                        e -> assertThat(e.reason()).isEqualTo(SheetException.Reason.UNREADABLE));
        assertThatThrownBy(() -> read("a.xlsx", "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOfSatisfying(SheetException.class,
                        e -> assertThat(e.reason()).isEqualTo(SheetException.Reason.UNREADABLE));
        assertThatThrownBy(() -> read("a.pdf", new byte[] {1}))
                .isInstanceOfSatisfying(SheetException.class,
                        e -> assertThat(e.reason()).isEqualTo(SheetException.Reason.UNSUPPORTED));
        assertThat(read("empty.csv", new byte[0])).isEmpty();
    }

    @Test
    void progressGrowsToOneAndCancellingStopsTheRead() {
        byte[] file = "2026-01-05,Leads,1\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        List<Double> reported = new ArrayList<>();
        List<SheetRow> rows = new ArrayList<>();
        SheetReader.read(SheetFile.of("a.csv", file), new SheetProgress() {
            @Override
            public void report(double fraction) {
                reported.add(fraction);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        }, rows::add);
        assertThat(rows).hasSize(10_000);
        assertThat(reported).isSorted().hasSizeGreaterThan(5).last().isEqualTo(1.0);

        List<SheetRow> partial = new ArrayList<>();
        assertThatThrownBy(() -> SheetReader.read(SheetFile.of("a.csv", file), new SheetProgress() {
            @Override
            public void report(double fraction) {
            }

            @Override
            public boolean cancelled() {
                return !partial.isEmpty();
            }
        }, partial::add)).isInstanceOf(CancellationException.class);
        assertThat(partial).hasSizeLessThan(10_000);
    }

    @Test
    void aRowConsumersExceptionReachesTheCallerFromBothFormats() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet().createRow(0).createCell(0).setCellValue("x");
            book.write(out);
            xlsx = out.toByteArray();
        }
        for (SheetFile file : List.of(SheetFile.of("a.xlsx", xlsx), SheetFile.of("a.csv", new byte[] {'x'}))) {
            assertThatThrownBy(() -> SheetReader.read(file, SheetProgress.NONE, r -> {
                throw new IllegalArgumentException("mine");
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("mine");
        }
    }
}
