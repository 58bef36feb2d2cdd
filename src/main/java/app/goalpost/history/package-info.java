/**
 * Revision history (issue 12): every change of a KPI's target, period or tolerance, of a scenario's goal and of
 * the plan of record, with who, when, the value before and after, and why. The features that own the changed rows
 * (kpi, scenario) write revisions through {@link app.goalpost.history.RevisionLog} inside their own transaction and
 * read them back after their own access checks; this package depends on no feature. {@code internal} holds the
 * entity and repository.
 */
@NullMarked
package app.goalpost.history;

import org.jspecify.annotations.NullMarked;
