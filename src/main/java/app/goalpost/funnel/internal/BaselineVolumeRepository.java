package app.goalpost.funnel.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BaselineVolumeRepository extends JpaRepository<BaselineVolume, Long> {

    List<BaselineVolume> findByBaselineId(long baselineId);

    List<BaselineVolume> findByStageId(long stageId);
}
