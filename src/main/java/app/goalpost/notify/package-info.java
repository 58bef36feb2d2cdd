/**
 * In-app notifications and their e-mail (issue 12): mentioned, review due, trigger raised, KPI turned behind. Each
 * reaches the people who may see the workspace ({@code WorkspaceAudience}); e-mail follows each user's preference
 * per kind (off, at once, daily digest) with a signed one-click unsubscribe link. This package is the API and the
 * jobs; {@code internal} holds entities and repositories; {@code ui} the bell and the settings page.
 */
@NullMarked
package app.goalpost.notify;

import org.jspecify.annotations.NullMarked;
