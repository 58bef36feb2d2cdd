/** The dashboard, the KPI pages, the KPI chart and the actuals imports. */
@NullMarked
package app.goalpost.kpi.ui;

import org.jspecify.annotations.NullMarked;
