/** The translation provider over the English and French bundles in {@code vaadin-i18n}. */
@NullMarked
package app.goalpost.shared.i18n;

import org.jspecify.annotations.NullMarked;
