/**
 * The one spreadsheet reader of the app: CSV (Apache Commons CSV, one separator rule, charset detection) and
 * XLSX (Apache POI's streaming SAX reader), both delivered row by row so that a million-row file is never held in
 * memory. Features only map {@link app.goalpost.shared.sheet.SheetRow}s to their own rows
 * (docs/decisions/0007-spreadsheet-imports.md).
 */
package app.goalpost.shared.sheet;
