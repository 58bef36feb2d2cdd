/** Spring Security and Vaadin security setup, roles, the signed-in principal and sign-in throttling. */
@NullMarked
package app.goalpost.security;

import org.jspecify.annotations.NullMarked;
