package app.goalpost.report.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The tenant filter keeps this to the current agency's one row. */
public interface AgencyBrandingRepository extends JpaRepository<AgencyBranding, Long> {

    Optional<AgencyBranding> findFirstByOrderByIdAsc();
}
