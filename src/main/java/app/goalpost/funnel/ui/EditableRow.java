package app.goalpost.funnel.ui;

import app.goalpost.funnel.BaselineRow;
import java.math.BigDecimal;
import java.util.Optional;

/** A baseline row while it is being edited in the grid (the service's records are immutable). */
public class EditableRow {

    private final long stageId;
    private final String stageName;
    private final Optional<String> stageKey;
    private BigDecimal volume;
    private BigDecimal spend;

    EditableRow(BaselineRow row) {
        this.stageId = row.stageId();
        this.stageName = row.stageName();
        this.stageKey = row.stageKey();
        this.volume = row.volume();
        this.spend = row.spend().orElse(null);
    }

    BaselineRow toRow() {
        return new BaselineRow(stageId, stageName, stageKey, volume == null ? BigDecimal.ZERO : volume,
                Optional.ofNullable(spend));
    }

    public long getStageId() {
        return stageId;
    }

    public String getStageName() {
        return stageName;
    }

    public BigDecimal getVolume() {
        return volume;
    }

    public void setVolume(BigDecimal volume) {
        this.volume = volume;
    }

    public BigDecimal getSpend() {
        return spend;
    }

    public void setSpend(BigDecimal spend) {
        this.spend = spend;
    }
}
