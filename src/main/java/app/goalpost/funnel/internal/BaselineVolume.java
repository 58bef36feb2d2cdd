package app.goalpost.funnel.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Volume and optional attributed spend of one stage in one baseline. */
@Entity
@Table(name = "baseline_volume")
public class BaselineVolume extends AgencyOwnedEntity {

    @Column(name = "baseline_id")
    private long baselineId;
    @Column(name = "stage_id")
    private long stageId;
    private BigDecimal volume;
    private BigDecimal spend;

    protected BaselineVolume() {
    }

    public BaselineVolume(long baselineId, long stageId) {
        this.baselineId = baselineId;
        this.stageId = stageId;
        this.volume = BigDecimal.ZERO;
    }

    public long getBaselineId() {
        return baselineId;
    }

    public long getStageId() {
        return stageId;
    }

    public BigDecimal getVolume() {
        return volume;
    }

    public BigDecimal getSpend() {
        return spend;
    }

    public void set(BigDecimal newVolume, BigDecimal newSpend) {
        this.volume = newVolume;
        this.spend = newSpend;
    }
}
