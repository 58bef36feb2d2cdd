/** Outgoing e-mail: one sender for every feature, present only when SMTP is configured. */
@NullMarked
package app.goalpost.shared.mail;

import org.jspecify.annotations.NullMarked;
