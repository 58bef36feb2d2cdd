/** Goalpost: goal planning and KPI pacing for marketing agencies. One package per feature; see README.md. */
@NullMarked
package app.goalpost;

import org.jspecify.annotations.NullMarked;
