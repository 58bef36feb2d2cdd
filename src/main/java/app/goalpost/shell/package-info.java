/** The app shell: main layout, workspace switcher and menu, not-found page. */
@NullMarked
package app.goalpost.shell;

import org.jspecify.annotations.NullMarked;
