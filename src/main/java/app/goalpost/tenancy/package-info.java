/** The agency (tenant), the Hibernate tenant resolver and the explicit tenant scopes. */
@NullMarked
package app.goalpost.tenancy;

import org.jspecify.annotations.NullMarked;
