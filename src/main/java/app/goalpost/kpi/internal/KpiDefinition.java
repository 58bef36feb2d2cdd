package app.goalpost.kpi.internal;

import app.goalpost.kpi.KpiInput;
import app.goalpost.planning.pacing.Kpi;
import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A tracked KPI of a workspace: what to reach (target) over which period, and how to judge it. */
@Entity
@Table(name = "kpi")
public class KpiDefinition extends AgencyOwnedEntity {

    private long workspaceId;
    private String name;
    @Enumerated(EnumType.STRING)
    private Kpi.Unit unit;
    @Enumerated(EnumType.STRING)
    private Kpi.Direction direction;
    @Enumerated(EnumType.STRING)
    private Kpi.Aggregation aggregation;
    private BigDecimal target;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private BigDecimal tolerance;
    private String stageKey;
    private Long sourceScenarioId;
    private boolean archived;
    private Instant createdAt;
    /** The stable key the API names the KPI by (unique in the workspace); null until assigned. */
    private String apiKey;

    protected KpiDefinition() {
    }

    public KpiDefinition(long workspaceId, KpiInput input, Instant createdAt) {
        this.workspaceId = workspaceId;
        this.createdAt = createdAt;
        apply(input);
    }

    public final void apply(KpiInput input) {
        this.name = input.name().strip();
        this.unit = input.unit();
        this.direction = input.direction();
        this.aggregation = input.aggregation();
        this.target = input.target();
        this.periodStart = input.periodStart();
        this.periodEnd = input.periodEnd();
        this.tolerance = input.tolerance();
        this.stageKey = input.stageKey().map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public String getName() {
        return name;
    }

    public Kpi.Unit getUnit() {
        return unit;
    }

    public Kpi.Direction getDirection() {
        return direction;
    }

    public Kpi.Aggregation getAggregation() {
        return aggregation;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public BigDecimal getTolerance() {
        return tolerance;
    }

    public String getStageKey() {
        return stageKey;
    }

    public Long getSourceScenarioId() {
        return sourceScenarioId;
    }

    public void setSourceScenarioId(Long sourceScenarioId) {
        this.sourceScenarioId = sourceScenarioId;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }
}
