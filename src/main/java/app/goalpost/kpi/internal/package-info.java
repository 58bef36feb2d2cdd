/** Entities and repositories of the KPI feature. */
@NullMarked
package app.goalpost.kpi.internal;

import org.jspecify.annotations.NullMarked;
