package app.goalpost.funnel.ui;

import app.goalpost.funnel.BaselineRow;
import app.goalpost.funnel.StageId;
import java.math.BigDecimal;
import java.util.Optional;

/** A baseline row while it is being edited in the grid (the service's records are immutable). */
public class EditableRow {

    private final StageId stageId;
    private final String stageName;
    private final Optional<String> stageKey;
    private BigDecimal volume;
    private BigDecimal spend;
    /** What was typed in a cell the grid refused, and why: kept and shown, never dropped. */
    private String volumeText;
    private String volumeError;
    private String spendText;
    private String spendError;

    EditableRow(BaselineRow row) {
        this.stageId = new StageId(row.stageId());
        this.stageName = row.stageName();
        this.stageKey = row.stageKey();
        this.volume = row.volume();
        this.spend = row.spend().orElse(null);
    }

    BaselineRow toRow() {
        return new BaselineRow(stageId.value(), stageName, stageKey, volume == null ? BigDecimal.ZERO : volume,
                Optional.ofNullable(spend));
    }

    public long getStageId() {
        return stageId.value();
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

    /** The cell text as typed when it was refused, else empty (the cell shows the value). */
    String getVolumeText() {
        return volumeText;
    }

    String getVolumeError() {
        return volumeError;
    }

    String getSpendText() {
        return spendText;
    }

    String getSpendError() {
        return spendError;
    }

    /** A refused volume: the stored value stays as it was, the text and the message are kept for the cell. */
    void refuseVolume(String text, String error) {
        this.volumeText = text;
        this.volumeError = error;
    }

    void acceptVolume(BigDecimal value) {
        this.volume = value;
        this.volumeText = null;
        this.volumeError = null;
    }

    void refuseSpend(String text, String error) {
        this.spendText = text;
        this.spendError = error;
    }

    void acceptSpend(BigDecimal value) {
        this.spend = value;
        this.spendText = null;
        this.spendError = null;
    }

    boolean hasError() {
        return volumeError != null || spendError != null;
    }
}
