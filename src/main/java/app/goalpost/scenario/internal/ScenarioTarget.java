package app.goalpost.scenario.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A planned per-stage volume stored with an adopted scenario, for the KPIs that track it. */
@Entity
@Table(name = "scenario_target")
public class ScenarioTarget extends AgencyOwnedEntity {

    @Column(name = "scenario_id")
    private long scenarioId;
    @Column(name = "sort_order")
    private int sortOrder;
    @Column(name = "stage_name")
    private String stageName;
    @Column(name = "stage_key")
    private String stageKey;
    @Column(name = "planned_volume")
    private BigDecimal plannedVolume;
    @Column(name = "whole_units")
    private long wholeUnits;

    protected ScenarioTarget() {
    }

    public ScenarioTarget(long scenarioId, int sortOrder, String stageName, String stageKey, BigDecimal plannedVolume,
            long wholeUnits) {
        this.scenarioId = scenarioId;
        this.sortOrder = sortOrder;
        this.stageName = stageName;
        this.stageKey = stageKey;
        this.plannedVolume = plannedVolume;
        this.wholeUnits = wholeUnits;
    }

    public long getScenarioId() { return scenarioId; }
    public int getSortOrder() { return sortOrder; }
    public String getStageName() { return stageName; }
    public String getStageKey() { return stageKey; }
    public BigDecimal getPlannedVolume() { return plannedVolume; }
    public long getWholeUnits() { return wholeUnits; }
}
