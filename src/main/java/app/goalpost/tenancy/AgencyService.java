package app.goalpost.tenancy;

import app.goalpost.tenancy.internal.Agency;
import app.goalpost.tenancy.internal.AgencyRepository;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AgencyService {

    private final AgencyRepository agencies;
    private final Clock clock;

    AgencyService(AgencyRepository agencies, Clock clock) {
        this.agencies = agencies;
        this.clock = clock;
    }

    /** Creates a new tenant. Used by sign-up (anonymous) and demo data; returns the new agency id. */
    @PermitAll
    @Transactional
    public long createAgency(String name) {
        return agencies.save(new Agency(name.strip(), clock.instant())).getId();
    }

    /**
     * Name of the current tenant: the signed-in user's agency, or the agency of an open
     * {@link TenantContext#runAsTenant} scope (invitation pages). Empty for anyone else.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<String> currentAgencyName() {
        long agencyId = TenantContext.currentTenant();
        return agencyId > 0 ? agencies.findById(agencyId).map(Agency::getName) : Optional.empty();
    }

    /** True before the first agency signs up: the demo loader only fills an empty database. */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return agencies.count() == 0;
    }

    /**
     * Removes an agency that sign-up created but could not give an owner. Foreign keys from every agency-owned
     * table make this fail for an agency that holds anything.
     */
    @PermitAll
    @Transactional
    public void deleteEmptyAgency(long agencyId) {
        agencies.deleteById(agencyId);
    }

    @PreAuthorize("hasAnyRole('OWNER')")
    @Transactional
    public void renameCurrentAgency(String name) {
        long agencyId = TenantContext.currentTenant();
        agencies.findById(agencyId).orElseThrow().rename(name.strip());
    }
}
