/** Entities and repositories of the tenancy feature. */
@NullMarked
package app.goalpost.tenancy.internal;

import org.jspecify.annotations.NullMarked;
