package app.goalpost.funnel;

import app.goalpost.funnel.BaselinePreview.Problem;
import app.goalpost.shared.sheet.SheetException;
import app.goalpost.shared.sheet.SheetFile;
import app.goalpost.shared.sheet.SheetProgress;
import app.goalpost.shared.sheet.SheetReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a baseline from CSV or XLSX as people keep it: stages in the first row (volume and spend below) or in the
 * first column (volume and spend beside). Stages are matched to the workspace's by name or benchmark key. Pure
 * parsing: the result is a preview with cell-level problems, and nothing is written until the user confirms.
 */
public final class BaselineImport {

    /**
     * A baseline is a few cells, but a workbook with formatting, pictures or other sheets can weigh megabytes: the
     * streaming reader stops after {@value #MAX_CELLS} rows, so a large file costs no memory.
     */
    public static final int MAX_MEGABYTES = 20;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
    private static final int MAX_CELLS = 200;
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("\\d{1,3}(,\\d{3})+");

    private BaselineImport() {
    }

    /** A cell's text and its spreadsheet address (B3), kept through transposition. */
    private record Cell2(String text, String ref) {
    }

    /** Stops the reader: the file is not a baseline sheet. */
    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    public static BaselinePreview parse(byte[] data, String fileName, List<StageInfo> stages) {
        return parse(SheetFile.of(fileName, data), stages, SheetProgress.NONE);
    }

    /** Reads the file through the shared sheet reader; a baseline needs at most {@value #MAX_CELLS} rows. */
    public static BaselinePreview parse(SheetFile file, List<StageInfo> stages, SheetProgress progress) {
        if (file.size() == 0 || file.size() > MAX_BYTES) {
            return failed("import.error.size");
        }
        List<List<Cell2>> table = new ArrayList<>();
        try {
            SheetReader.read(file, progress, row -> {
                if (table.size() >= MAX_CELLS || row.width() > MAX_CELLS) {
                    throw new TooLarge();
                }
                List<Cell2> line = new ArrayList<>(row.width());
                for (int c = 0; c < row.width(); c++) {
                    line.add(new Cell2(row.cell(c), CellReference.convertNumToColString(c) + row.line()));
                }
                table.add(line);
            });
        } catch (TooLarge e) {
            return new BaselinePreview(List.of(), List.of(new Problem("", "import.error.tooLarge",
                    List.of(String.valueOf(MAX_CELLS)))), true);
        } catch (SheetException e) {
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
    private static BaselinePreview read(List<List<Cell2>> table, List<StageInfo> stages, boolean asColumns) {
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
        return new BaselinePreview(rows, problems, asColumns);
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

    private static String ref(int row, int column) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }

    private static BaselinePreview failed(String key) {
        return new BaselinePreview(List.of(), List.of(new Problem("", key, List.of())), true);
    }
}
