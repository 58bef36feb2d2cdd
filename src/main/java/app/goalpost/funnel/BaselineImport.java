package app.goalpost.funnel;

import app.goalpost.funnel.ImportPreview.Problem;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a baseline from CSV or XLSX as people keep it: stages in the first row (volume and spend below) or in the
 * first column (volume and spend beside). Stages are matched to the workspace's by name or benchmark key. Pure
 * parsing: the result is a preview with cell-level problems, and nothing is written until the user confirms.
 */
public final class BaselineImport {

    /** Far above any real baseline sheet; a bigger file is refused rather than parsed. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final int MAX_CELLS = 200;
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("\\d{1,3}(,\\d{3})+");

    private BaselineImport() {
    }

    /** A cell's text and its spreadsheet address (B3), kept through transposition. */
    private record Cell2(String text, String ref) {
    }

    public static ImportPreview parse(byte[] data, String fileName, List<StageInfo> stages) {
        List<List<Cell2>> table;
        try {
            if (data.length == 0 || data.length > MAX_BYTES) {
                return failed("import.error.size");
            }
            table = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? readXlsx(data) : readCsv(data);
        } catch (Exception e) {
            // POI and the CSV reader fail in many ways on a damaged file; all mean the same to the user
            return failed("import.error.unreadable");
        }
        int rowMatches = table.isEmpty() ? 0 : matches(table.getFirst(), stages);
        List<List<Cell2>> columns = transpose(table);
        int columnMatches = columns.isEmpty() ? 0 : matches(columns.getFirst(), stages);
        if (rowMatches == 0 && columnMatches == 0) {
            return failed("import.error.noStages");
        }
        boolean stagesAsColumns = rowMatches >= columnMatches;
        return read(stagesAsColumns ? table : columns, stages, stagesAsColumns);
    }

    /** {@code table.get(0)} holds the stage names; the other lines hold volume and spend. */
    private static ImportPreview read(List<List<Cell2>> table, List<StageInfo> stages, boolean asColumns) {
        List<Problem> problems = new ArrayList<>();
        List<Cell2> header = table.getFirst();
        boolean labelled = !header.isEmpty() && find(header.getFirst().text(), stages).isEmpty();
        int volumeLine = -1;
        int spendLine = -1;
        for (int i = 1; i < table.size(); i++) {
            List<Cell2> line = table.get(i);
            String label = labelled && !line.isEmpty() ? line.getFirst().text().toLowerCase(Locale.ROOT) : "";
            if (labelled && label.startsWith("vol") && volumeLine < 0) {
                volumeLine = i;
            } else if (labelled && (label.startsWith("spend") || label.startsWith("cost") || label.startsWith("dépense")
                    || label.startsWith("depense") || label.startsWith("budget")) && spendLine < 0) {
                spendLine = i;
            } else if (!labelled && volumeLine < 0) {
                volumeLine = i;
            } else if (!labelled && spendLine < 0) {
                spendLine = i;
            }
        }
        if (volumeLine < 0) {
            return failed("import.error.noVolumes");
        }
        Map<Long, BaselineRow> found = new HashMap<>();
        for (int c = labelled ? 1 : 0; c < header.size(); c++) {
            Cell2 name = header.get(c);
            if (name.text().isBlank()) {
                continue;
            }
            Optional<StageInfo> stage = find(name.text(), stages);
            if (stage.isEmpty()) {
                problems.add(new Problem(name.ref(), "import.error.unknownStage", List.of(name.text())));
                continue;
            }
            if (found.containsKey(stage.get().id())) {
                problems.add(new Problem(name.ref(), "import.error.duplicateStage", List.of(name.text())));
                continue;
            }
            BigDecimal volume = number(cell(table, volumeLine, c, name.ref()), true, problems);
            BigDecimal spend = spendLine < 0 ? null : number(cell(table, spendLine, c, name.ref()), false, problems);
            found.put(stage.get().id(), new BaselineRow(stage.get().id(), stage.get().name(), stage.get().benchmarkKey(),
                    volume == null ? BigDecimal.ZERO : volume, Optional.ofNullable(spend)));
        }
        List<BaselineRow> rows = new ArrayList<>();
        for (StageInfo stage : stages) {
            BaselineRow row = found.get(stage.id());
            if (row == null) {
                problems.add(new Problem("", "import.error.missingStage", List.of(stage.name())));
            } else {
                rows.add(row);
            }
        }
        return new ImportPreview(rows, problems, asColumns);
    }

    private static Cell2 cell(List<List<Cell2>> table, int line, int c, String headerRef) {
        List<Cell2> cells = table.get(line);
        return c < cells.size() ? cells.get(c) : new Cell2("", headerRef + "+" + line);
    }

    /** Parses 20000, 20,000, 20 000, 1.234,5 or 3,5; null with a problem when it is not a number ≥ 0. */
    private static BigDecimal number(Cell2 cell, boolean required, List<Problem> problems) {
        String raw = cell.text().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
                .replaceAll("[€$£]|EUR|USD|GBP", "");
        if (raw.isEmpty()) {
            if (required) {
                problems.add(new Problem(cell.ref(), "import.error.emptyVolume", List.of()));
            }
            return null;
        }
        int comma = raw.lastIndexOf(',');
        int dot = raw.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            raw = comma > dot ? raw.replace(".", "").replace(',', '.') : raw.replace(",", "");
        } else if (comma >= 0) {
            raw = THOUSANDS_COMMA.matcher(raw).matches() ? raw.replace(",", "") : raw.replace(',', '.');
        }
        try {
            BigDecimal value = new BigDecimal(raw);
            if (value.signum() < 0) {
                problems.add(new Problem(cell.ref(), "import.error.negative", List.of(cell.text())));
                return null;
            }
            int scale = required ? 4 : 2;
            if (value.scale() > scale || value.precision() - value.scale() > 15) {
                problems.add(new Problem(cell.ref(), "import.error.notNumber", List.of(cell.text())));
                return null;
            }
            return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
        } catch (NumberFormatException e) {
            problems.add(new Problem(cell.ref(), "import.error.notNumber", List.of(cell.text())));
            return null;
        }
    }

    private static int matches(List<Cell2> line, List<StageInfo> stages) {
        return (int) line.stream().filter(c -> find(c.text(), stages).isPresent()).count();
    }

    private static Optional<StageInfo> find(String text, List<StageInfo> stages) {
        String t = text.strip();
        return stages.stream().filter(s -> s.name().equalsIgnoreCase(t)
                || s.benchmarkKey().filter(k -> k.equalsIgnoreCase(t)).isPresent()).findFirst();
    }

    private static List<List<Cell2>> transpose(List<List<Cell2>> table) {
        int width = table.stream().mapToInt(List::size).max().orElse(0);
        List<List<Cell2>> out = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<Cell2> column = new ArrayList<>();
            for (List<Cell2> row : table) {
                column.add(c < row.size() ? row.get(c) : new Cell2("", ref(table.indexOf(row), c)));
            }
            out.add(column);
        }
        return out;
    }

    private static List<List<Cell2>> readXlsx(byte[] data) throws Exception {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(data))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<List<Cell2>> table = new ArrayList<>();
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_CELLS); r++) {
                Row row = sheet.getRow(r);
                List<Cell2> line = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.min(Math.max(row.getLastCellNum(), 0), MAX_CELLS); c++) {
                        Cell cell = row.getCell(c);
                        String text = cell == null ? "" : switch (cell.getCellType()) {
                            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString();
                            case FORMULA -> format.formatCellValue(cell, book.getCreationHelper().createFormulaEvaluator());
                            default -> format.formatCellValue(cell);
                        };
                        line.add(new Cell2(text.strip(), ref(r, c)));
                    }
                }
                table.add(line);
            }
            return trim(table);
        }
    }

    /** RFC 4180 CSV with comma or semicolon (Excel in French locales writes semicolons). */
    private static List<List<Cell2>> readCsv(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("binary data");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.chars().filter(ch -> ch == ';').count()
                > firstLine.chars().filter(ch -> ch == ',').count() ? ';' : ',';
        List<List<Cell2>> table = new ArrayList<>();
        List<Cell2> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                line.add(new Cell2(cell.toString().strip(), ref(table.size(), line.size())));
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line.add(new Cell2(cell.toString().strip(), ref(table.size(), line.size())));
                cell.setLength(0);
                table.add(line);
                line = new ArrayList<>();
            } else {
                cell.append(ch);
            }
            if (table.size() > MAX_CELLS || line.size() > MAX_CELLS) {
                throw new IllegalArgumentException("too large");
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote");
        }
        if (cell.length() > 0 || !line.isEmpty()) {
            line.add(new Cell2(cell.toString().strip(), ref(table.size(), line.size())));
            table.add(line);
        }
        return trim(table);
    }

    /** Drops empty lines, so a blank line between header and data does not matter. */
    private static List<List<Cell2>> trim(List<List<Cell2>> table) {
        return table.stream().filter(l -> l.stream().anyMatch(c -> !c.text().isBlank())).toList();
    }

    private static String ref(int row, int column) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }

    private static ImportPreview failed(String key) {
        return new ImportPreview(List.of(), List.of(new Problem("", key, List.of())), true);
    }
}
