package app.goalpost.notify.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DigestMarkRepository extends JpaRepository<DigestMark, Long> {
}
