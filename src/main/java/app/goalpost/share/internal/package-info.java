/** Entities and repositories of the share-link feature. */
@NullMarked
package app.goalpost.share.internal;

import org.jspecify.annotations.NullMarked;
