package app.goalpost.notify.internal;

/** A user with notifications waiting for the digest, and their agency (read across agencies by the job). */
public record PendingDigest(long agencyId, long userId) {
}
