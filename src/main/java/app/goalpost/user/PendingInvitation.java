package app.goalpost.user;

import app.goalpost.security.AgencyRole;
import java.time.Instant;

public record PendingInvitation(long id, String email, AgencyRole role, Instant expiresAt, boolean expired) {
}
