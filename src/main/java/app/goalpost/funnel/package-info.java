/** Lifecycle stages and baselines of a workspace (docs/method.md, step 1), their imports and exports. */
@NullMarked
package app.goalpost.funnel;

import org.jspecify.annotations.NullMarked;
