package app.goalpost.kpi;

import java.util.List;

/**
 * The checked rows of an actuals import, before anything is written. {@code rows} are the rows to show, in file
 * order: all of a small file, the first {@value #SHOWN} errors and first {@value #SHOWN} values of a large one; the
 * counts are over the whole file. It may be written only when no row has an error.
 */
public record ActualsPreview(List<ImportRow> rows, long total, long errors, long replacing) {

    public static final int SHOWN = 500;

    public ActualsPreview {
        rows = List.copyOf(rows);
    }

    public long newValues() {
        return total - errors - replacing;
    }

    public boolean canImport() {
        return total > 0 && errors == 0;
    }
}
