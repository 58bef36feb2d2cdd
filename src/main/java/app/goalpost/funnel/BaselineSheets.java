package app.goalpost.funnel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Baseline export to XLSX and CSV, stages as columns the way the method lays them out (stages in the first row,
 * volume and spend below). The files read back with {@link BaselineImport}.
 */
public final class BaselineSheets {

    public static final String STAGE = "Stage";
    public static final String VOLUME = "Volume";
    public static final String SPEND = "Spend";

    private BaselineSheets() {
    }

    public static byte[] xlsx(BaselineData baseline) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(safeSheetName(baseline.name()));
            Row header = sheet.createRow(0);
            Row volume = sheet.createRow(1);
            Row spend = sheet.createRow(2);
            header.createCell(0).setCellValue(STAGE);
            volume.createCell(0).setCellValue(VOLUME);
            spend.createCell(0).setCellValue(SPEND);
            for (int i = 0; i < baseline.rows().size(); i++) {
                BaselineRow row = baseline.rows().get(i);
                header.createCell(i + 1).setCellValue(row.stageName());
                volume.createCell(i + 1).setCellValue(row.volume().doubleValue());
                if (row.spend().isPresent()) {
                    Cell c = spend.createCell(i + 1);
                    c.setCellValue(row.spend().get().doubleValue());
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv(BaselineData baseline) {
        StringBuilder out = new StringBuilder();
        line(out, STAGE, baseline.rows().stream().map(BaselineRow::stageName).toList());
        line(out, VOLUME, baseline.rows().stream().map(r -> r.volume().toPlainString()).toList());
        line(out, SPEND, baseline.rows().stream()
                .map(r -> r.spend().map(BigDecimal::toPlainString).orElse("")).toList());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A file name without characters that browsers or file systems reject. */
    public static String fileName(BaselineData baseline, String extension) {
        String base = baseline.name().replaceAll("[^\\p{L}\\p{N} _-]", "").strip().replace(' ', '-');
        return (base.isEmpty() ? "baseline" : base.toLowerCase(Locale.ROOT)) + "." + extension;
    }

    private static void line(StringBuilder out, String label, List<String> cells) {
        List<String> all = new ArrayList<>();
        all.add(label);
        all.addAll(cells);
        out.append(String.join(",", all.stream().map(BaselineSheets::quote).toList())).append("\r\n");
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    private static String safeSheetName(String name) {
        String clean = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return clean.isEmpty() ? "Baseline" : clean.substring(0, Math.min(31, clean.length()));
    }
}
