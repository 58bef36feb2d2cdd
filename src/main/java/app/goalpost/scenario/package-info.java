/**
 * Goal scenarios on a baseline and the plan of record (docs/method.md, step 3); publishes {@link
 * app.goalpost.scenario.PlanAdopted}.
 */
@NullMarked
package app.goalpost.scenario;

import org.jspecify.annotations.NullMarked;
