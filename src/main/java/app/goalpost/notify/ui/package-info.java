/** The header bell and the notification settings page. */
@NullMarked
package app.goalpost.notify.ui;

import org.jspecify.annotations.NullMarked;
