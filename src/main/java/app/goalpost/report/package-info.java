/**
 * Client reports (issue 13): the agency's branding, the report of one workspace and period as a page model
 * ({@link app.goalpost.report.ClientReport}), its XHTML/SVG rendering shared by the screen, the print stylesheet and
 * the server-side PDF, and the scheduled e-mail delivery. Decision record: docs/decisions/0019-client-reports.md.
 */
@NullMarked
package app.goalpost.report;

import org.jspecify.annotations.NullMarked;
