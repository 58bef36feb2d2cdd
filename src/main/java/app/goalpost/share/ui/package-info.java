/** The share-link management page (staff) and the shared read-only page (anonymous, its own layout). */
@NullMarked
package app.goalpost.share.ui;

import org.jspecify.annotations.NullMarked;
