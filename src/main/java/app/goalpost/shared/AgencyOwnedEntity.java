package app.goalpost.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Base of every agency-owned entity. The agency id is Hibernate's tenant id: Hibernate fills it on insert
 * from the current tenant and adds it to every query, so isolation never depends on a remembered WHERE clause
 * (docs/decisions/0001-tenancy.md). Subclasses must not expose a setter for it.
 */
@MappedSuperclass
public abstract class AgencyOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "agency_id", nullable = false, updatable = false)
    private Long agencyId;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public long getVersion() {
        return version;
    }

    /**
     * The save check of every edit form: the version the user loaded must still be the stored one, otherwise
     * someone else saved in between and nothing may be written (the caller's transaction rolls back).
     */
    public void requireVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(getClass(), id);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass() || id == null) {
            return false;
        }
        return id.equals(((AgencyOwnedEntity) o).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
