/** The sign-in page. */
@NullMarked
package app.goalpost.security.ui;

import org.jspecify.annotations.NullMarked;
