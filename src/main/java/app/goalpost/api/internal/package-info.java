/** API token entity, repository and the pre-tenant look-up by hash. */
@NullMarked
package app.goalpost.api.internal;

import org.jspecify.annotations.NullMarked;
