/** What every feature may use and nothing feature-specific: the tenant-scoped base entity and input errors. */
@NullMarked
package app.goalpost.shared;

import org.jspecify.annotations.NullMarked;
