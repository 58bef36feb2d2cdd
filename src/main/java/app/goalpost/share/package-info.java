/**
 * Read-only share links (issue 13, docs/decisions/0020-read-only-share-links.md): staff create an expiring,
 * revocable link to one workspace's dashboard or to its client report of the current month; anybody holding it
 * reads that page without an account, through the narrow share-viewer scope. This package is the API;
 * {@code internal} holds entities and repositories; {@code ui} the management page and the shared page.
 */
@NullMarked
package app.goalpost.share;

import org.jspecify.annotations.NullMarked;
