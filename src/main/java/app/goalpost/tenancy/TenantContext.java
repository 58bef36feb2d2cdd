package app.goalpost.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which agency the current thread works for. Normally that is the signed-in user's agency (read from the
 * Spring Security principal by {@link TenantIdentifierResolver}); the explicit scopes here exist for work that
 * happens before or without a signed-in user: sign-up, accepting an invitation, sign-in itself, demo data.
 * <p>
 * A signed-in user can never switch to another agency: {@link #runAsTenant} refuses a different agency and
 * {@link #runAsSystem} refuses to run at all while someone is signed in.
 * Hibernate fixes the tenant when a session opens, so open the transaction inside the scope.
 */
public final class TenantContext {

    /** Matches no row: used when nobody is signed in and no scope is open. */
    public static final long NO_TENANT = -1L;
    /** Hibernate's root tenant: reads across agencies. Only {@link #runAsSystem} sets it. */
    public static final long SYSTEM = -2L;

    private static final ThreadLocal<Long> OVERRIDE = new ThreadLocal<>();

    private TenantContext() {
    }

    public static <T> T runAsTenant(long agencyId, Supplier<T> work) {
        if (agencyId <= 0) {
            throw new IllegalArgumentException("Not an agency id: " + agencyId);
        }
        Optional<Long> signedIn = SignedInAgency.current();
        if (signedIn.isPresent() && signedIn.get() != agencyId) {
            throw new IllegalStateException("A signed-in user cannot act for another agency");
        }
        return withOverride(agencyId, work);
    }

    public static void runAsTenant(long agencyId, Runnable work) {
        runAsTenant(agencyId, () -> {
            work.run();
            return null;
        });
    }

    /** Cross-agency reads for sign-in and invitation look-ups. Never while a user is signed in. */
    public static <T> T runAsSystem(Supplier<T> work) {
        if (SignedInAgency.current().isPresent()) {
            throw new IllegalStateException("System scope is not available to a signed-in user");
        }
        return withOverride(SYSTEM, work);
    }

    /**
     * The agency the current thread works for (signed-in user or an open {@link #runAsTenant} scope); empty when none
     * or in the system scope. For code that stamps the tenant on something leaving the database, such as an event.
     */
    public static java.util.OptionalLong currentAgency() {
        long tenant = currentTenant();
        return tenant > 0 ? java.util.OptionalLong.of(tenant) : java.util.OptionalLong.empty();
    }

    /**
     * Guards the few service methods meant for background jobs (they carry {@code @PermitAll} and call this first):
     * passes only inside a {@link #runAsTenant} scope with nobody signed in, so no user request can reach them.
     */
    public static long requireJobScope() {
        Long override = OVERRIDE.get();
        if (override == null || override <= 0 || SignedInAgency.current().isPresent()) {
            throw new org.springframework.security.access.AccessDeniedException("Only for tenant jobs");
        }
        return override;
    }

    static long currentTenant() {
        Long override = OVERRIDE.get();
        if (override != null) {
            return override;
        }
        return SignedInAgency.current().orElse(NO_TENANT);
    }

    private static <T> T withOverride(long tenant, Supplier<T> work) {
        Long previous = OVERRIDE.get();
        OVERRIDE.set(tenant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }
}
