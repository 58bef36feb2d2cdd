/**
 * KPI pacing (docs/method.md, step 4): KPIs of a workspace, their dated actuals, imports, and the pacing of each
 * KPI computed by the planning engine. This package is the API; {@code internal} holds entities and
 * repositories; {@code ui} the dashboard, the KPI pages and the chart.
 */
@NullMarked
package app.goalpost.kpi;

import org.jspecify.annotations.NullMarked;
