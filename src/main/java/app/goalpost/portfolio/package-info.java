/**
 * The agency portfolio: every client workspace with its KPI status counts, worst KPI, main goal projection, next
 * review and last activity, sorted by risk and filtered in SQL over a stored per-workspace status
 * (docs/decisions/0018-portfolio-status-cache.md). Built on the KPI, review, scenario and workspace features; none of
 * them knows this one.
 */
@NullMarked
package app.goalpost.portfolio;

import org.jspecify.annotations.NullMarked;
