/** The agency home (workspace list) and the workspace settings page. */
@NullMarked
package app.goalpost.workspace.ui;

import org.jspecify.annotations.NullMarked;
