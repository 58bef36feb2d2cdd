package app.goalpost.kpi;

import app.goalpost.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Turns an uploaded CSV/XLSX file (columns: date, KPI name, value) or text pasted from a spreadsheet (date,
 * value) into raw rows; checking them against the workspace is {@link ActualsService#preview}'s job. Pure and
 * thread-safe, so a large file can be read off the UI thread with progress reports (0-100).
 */
public final class ActualsFile {

    /** A sanity limit: ten KPIs × ten years of days. */
    public static final int MAX_ROWS = 40_000;
    private static final int PROGRESS_EVERY = 500;

    private ActualsFile() {
    }

    public static List<RawRow> read(String fileName, byte[] content, IntConsumer progress) {
        String lower = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return xlsx(content, progress);
        }
        if (lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv")) {
            return csv(new String(content, StandardCharsets.UTF_8), progress);
        }
        throw new InvalidInputException("file", "kpi.import.unsupported");
    }

    /** Date, KPI, value per line; tab, semicolon or comma separated (detected from the first line). */
    public static List<RawRow> csv(String text, IntConsumer progress) {
        String[] lines = stripBom(text).split("\r\n|\n|\r", -1);
        char sep = separator(lines);
        List<RawRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                List<String> cells = split(lines[i], sep);
                rows.add(new RawRow(i + 1, cell(cells, 0), cell(cells, 1), cell(cells, 2)));
                limit(rows);
            }
            if (i % PROGRESS_EVERY == 0) {
                progress.accept(i * 100 / lines.length);
            }
        }
        progress.accept(100);
        return withoutHeader(rows);
    }

    /** Two columns pasted from a spreadsheet into one KPI: date and value. */
    public static List<RawRow> paste(String text) {
        String[] lines = stripBom(text == null ? "" : text).split("\r\n|\n|\r", -1);
        char sep = separator(lines);
        List<RawRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                List<String> cells = split(lines[i], sep);
                rows.add(new RawRow(i + 1, cell(cells, 0), "", cell(cells, 1)));
                limit(rows);
            }
        }
        return withoutHeader(rows);
    }

    static List<RawRow> xlsx(byte[] content, IntConsumer progress) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter(java.util.Locale.ROOT);
            int last = Math.max(1, sheet.getLastRowNum());
            List<RawRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                String date = dateCell(row.getCell(0), text);
                String kpi = plainCell(row.getCell(1), text);
                String value = plainCell(row.getCell(2), text);
                if (!(date.isBlank() && kpi.isBlank() && value.isBlank())) {
                    rows.add(new RawRow(row.getRowNum() + 1, date, kpi, value));
                    limit(rows);
                }
                if (row.getRowNum() % PROGRESS_EVERY == 0) {
                    progress.accept(row.getRowNum() * 100 / last);
                }
            }
            progress.accept(100);
            return withoutHeader(rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("file", "kpi.import.unreadable");
        }
    }

    private static String dateCell(Cell cell, DataFormatter text) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return plainCell(cell, text);
    }

    private static String plainCell(Cell cell, DataFormatter text) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            // the stored number, not its display format (which may round or add a currency sign)
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return text.formatCellValue(cell).strip();
    }

    private static void limit(List<RawRow> rows) {
        if (rows.size() > MAX_ROWS) {
            throw new InvalidInputException("file", "kpi.import.tooManyRows", MAX_ROWS);
        }
    }

    /** A first line whose date is not a date and whose value is not a number is a header. */
    private static List<RawRow> withoutHeader(List<RawRow> rows) {
        if (!rows.isEmpty()) {
            RawRow first = rows.getFirst();
            if (ImportValues.date(first.date()).isEmpty() && ImportValues.number(first.value()).isEmpty()) {
                return rows.subList(1, rows.size());
            }
        }
        return rows;
    }

    private static char separator(String[] lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                return line.indexOf('\t') >= 0 ? '\t' : line.indexOf(';') >= 0 ? ';' : ',';
            }
        }
        return ',';
    }

    /** Splits one line, honouring double quotes ("1,234" stays one cell; "" is a quote). */
    static List<String> split(String line, char sep) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == sep) {
                cells.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString());
        return cells;
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() ? cells.get(i).strip() : "";
    }

    private static String stripBom(String text) {
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }
}
