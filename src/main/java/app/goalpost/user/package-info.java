/** Users of an agency: sign-up, invitations, accounts; the API of the user feature. */
@NullMarked
package app.goalpost.user;

import org.jspecify.annotations.NullMarked;
