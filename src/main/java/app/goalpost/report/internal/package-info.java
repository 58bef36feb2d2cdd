/** Entities and repositories of the report feature. */
@NullMarked
package app.goalpost.report.internal;

import org.jspecify.annotations.NullMarked;
