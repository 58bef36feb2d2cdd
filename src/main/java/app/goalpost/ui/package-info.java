/** The app shell: main layout, workspace switcher and menu, not-found page. */
@NullMarked
package app.goalpost.ui;

import org.jspecify.annotations.NullMarked;
