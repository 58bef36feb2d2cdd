package app.goalpost.kpi;

import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.sheet.SheetException;
import app.goalpost.shared.sheet.SheetFile;
import app.goalpost.shared.sheet.SheetProgress;
import app.goalpost.shared.sheet.SheetReader;
import app.goalpost.shared.sheet.SheetRow;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Rows of actuals that can be read more than once, one at a time: an import checks them in one pass (the preview)
 * and writes them in another, and neither pass holds the rows in memory. A file has three columns (date, KPI name,
 * value); pasted text two (date, value) for one KPI. A first line whose date is not a date and whose value is not
 * a number is a header and is skipped.
 */
@FunctionalInterface
public interface ActualsSource {

    /** Calls {@code rows} for each row in order; reports progress and stops when cancelled. */
    void forEach(SheetProgress progress, Consumer<RawRow> rows);

    /** Rows already split (demo data, tests, the benchmark): no header detection. */
    static ActualsSource of(List<RawRow> list) {
        return (progress, rows) -> {
            for (int i = 0; i < list.size(); i++) {
                rows.accept(list.get(i));
                if (i % 1000 == 999) {
                    progress.checkCancelled();
                    progress.report((double) i / list.size());
                }
            }
        };
    }

    /** An uploaded CSV or XLSX file: date, KPI name, value. */
    static ActualsSource file(SheetFile file) {
        return (progress, rows) -> {
            try {
                SheetReader.read(file, progress, skippingHeader(r -> new RawRow(r.line(), r.cell(0), r.cell(1),
                        r.cell(2)), rows));
            } catch (SheetException e) {
                throw new InvalidInputException("file", e.reason() == SheetException.Reason.UNSUPPORTED
                        ? "kpi.import.unsupported" : "kpi.import.unreadable");
            }
        };
    }

    /** Two columns pasted from a spreadsheet into one KPI: date and value. */
    static ActualsSource paste(String text) {
        return (progress, rows) -> SheetReader.readText(text,
                skippingHeader(r -> new RawRow(r.line(), r.cell(0), "", r.cell(1)), rows));
    }

    private static Consumer<SheetRow> skippingHeader(Function<SheetRow, RawRow> map, Consumer<RawRow> rows) {
        boolean[] first = {true};
        return sheetRow -> {
            RawRow row = map.apply(sheetRow);
            boolean header = first[0] && ImportValues.date(row.date()).isEmpty()
                    && ImportValues.number(row.value()).isEmpty();
            first[0] = false;
            if (!header) {
                rows.accept(row);
            }
        };
    }
}
