package app.goalpost.funnel;

import java.util.List;

/**
 * A parsed baseline file, not yet written anywhere. {@code rows} cover every workspace stage found in the file;
 * with any {@code errors} the import cannot be confirmed.
 */
public record BaselinePreview(List<BaselineRow> rows, List<Problem> errors, boolean stagesAsColumns) {

    public BaselinePreview {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty() && !rows.isEmpty();
    }

    /** A problem at a cell ({@code cell} like "B3", or empty for the whole file), as an i18n key and arguments. */
    public record Problem(String cell, String messageKey, List<String> args) {
    }
}
