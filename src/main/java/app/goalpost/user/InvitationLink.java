package app.goalpost.user;

import java.time.Instant;

/** The one-time link, shown once to the inviter; {@code mailed} says whether it was also emailed. */
public record InvitationLink(String url, Instant expiresAt, boolean mailed) {
}
