/** The users, account, sign-up and invitation pages. */
@NullMarked
package app.goalpost.user.ui;

import org.jspecify.annotations.NullMarked;
