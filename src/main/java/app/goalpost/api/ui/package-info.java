/** The API tokens page: create (secret shown once), list with last use, revoke. */
@NullMarked
package app.goalpost.api.ui;

import org.jspecify.annotations.NullMarked;
