package app.goalpost.kpi;

import java.util.List;

/** The checked rows of an import; it may be written only when no row has an error. */
public record ImportPreview(List<ImportRow> rows) {

    public long errors() {
        return rows.stream().filter(ImportRow::isError).count();
    }

    public long replacing() {
        return rows.stream().filter(ImportRow::replaces).count();
    }

    public long newValues() {
        return rows.size() - errors() - replacing();
    }

    public boolean canImport() {
        return !rows.isEmpty() && errors() == 0;
    }
}
