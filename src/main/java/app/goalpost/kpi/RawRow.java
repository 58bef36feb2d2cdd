package app.goalpost.kpi;

/**
 * One line of an imported or pasted file, as text: the date, the KPI name (empty when pasting into one KPI)
 * and the value. {@code line} is 1-based, as a spreadsheet shows it.
 */
public record RawRow(int line, String date, String kpi, String value) {
}
