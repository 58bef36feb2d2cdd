/**
 * The actuals API (issue 15, docs/decisions/0013-actuals-api.md): versioned JSON endpoints under {@code /api/v1} for
 * scripts and automation tools, their own stateless security chain with bearer API tokens, and the token service.
 * A token acts as the staff member who created it, in its agency (the tenant) and in its one workspace (or every
 * workspace that member may open), through the same principal, tenant resolver and {@code WorkspaceAccess} as the UI.
 * {@code internal} holds the token entity and its look-up; {@code ui} the token page.
 */
@NullMarked
package app.goalpost.api;

import org.jspecify.annotations.NullMarked;
