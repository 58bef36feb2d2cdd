/** Entities and repositories of the scenario feature. */
@NullMarked
package app.goalpost.scenario.internal;

import org.jspecify.annotations.NullMarked;
