package app.goalpost.user;

import app.goalpost.security.AgencyRole;

/** What the invitee sees before choosing a password. */
public record InvitationPreview(String email, AgencyRole role, String agencyName) {
}
