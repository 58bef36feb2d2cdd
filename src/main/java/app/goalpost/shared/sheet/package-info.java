/** The one spreadsheet reader: CSV (Commons CSV, charset and separator detection) and streamed XLSX rows. */
@NullMarked
package app.goalpost.shared.sheet;

import org.jspecify.annotations.NullMarked;
