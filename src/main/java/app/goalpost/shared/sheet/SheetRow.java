package app.goalpost.shared.sheet;

import java.util.List;

/**
 * One line of a sheet as text: {@code line} is 1-based as a spreadsheet shows it (a CSV's physical line where the
 * record starts, an XLSX row number); cells are stripped of surrounding white space, missing cells are "".
 */
public record SheetRow(int line, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public int width() {
        return cells.size();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
