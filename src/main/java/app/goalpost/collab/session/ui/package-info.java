/** The session banner shown on every workspace page and the workspace's Sessions page. */
@NullMarked
package app.goalpost.collab.session.ui;

import org.jspecify.annotations.NullMarked;
