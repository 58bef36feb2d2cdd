package app.goalpost.scenario.internal;

import app.goalpost.scenario.CeilingMode;
import app.goalpost.scenario.GoalKind;
import app.goalpost.scenario.LeverKind;
import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A goal scenario on a baseline; steps and weights are stored as short comma lists (at most a dozen stages). */
@Entity
@Table(name = "scenario")
public class Scenario extends AgencyOwnedEntity {

    @Column(name = "workspace_id")
    private long workspaceId;
    @Column(name = "baseline_id")
    private long baselineId;
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "goal_kind")
    private GoalKind goalKind;
    @Column(name = "goal_stage")
    private int goalStage;
    @Column(name = "goal_amount")
    private BigDecimal goalAmount;
    @Column(name = "deal_value")
    private BigDecimal dealValue;
    @Enumerated(EnumType.STRING)
    @Column(name = "lever_kind")
    private LeverKind leverKind;
    @Column(name = "lever_steps")
    private String leverSteps;
    @Column(name = "lever_weights")
    private String leverWeights;
    @Column(name = "volume_share")
    private BigDecimal volumeShare;
    @Enumerated(EnumType.STRING)
    @Column(name = "ceiling_mode")
    private CeilingMode ceilingMode;
    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "period_end")
    private LocalDate periodEnd;
    private boolean adopted;
    @Column(name = "adopted_at")
    private Instant adoptedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Scenario() {
    }

    public Scenario(long workspaceId, long baselineId) {
        this.workspaceId = workspaceId;
        this.baselineId = baselineId;
    }

    public void apply(String newName, GoalKind kind, int stage, BigDecimal amount, BigDecimal deal, LeverKind lever,
            String steps, String weights, BigDecimal share, CeilingMode ceilings, LocalDate start, LocalDate end,
            Instant now) {
        this.name = newName;
        this.goalKind = kind;
        this.goalStage = stage;
        this.goalAmount = amount;
        this.dealValue = deal;
        this.leverKind = lever;
        this.leverSteps = steps;
        this.leverWeights = weights;
        this.volumeShare = share;
        this.ceilingMode = ceilings;
        this.periodStart = start;
        this.periodEnd = end;
        this.updatedAt = now;
    }

    public void setAdopted(boolean adopted, Instant at) {
        this.adopted = adopted;
        this.adoptedAt = adopted ? at : null;
    }

    public long getWorkspaceId() { return workspaceId; }
    public long getBaselineId() { return baselineId; }
    public String getName() { return name; }
    public GoalKind getGoalKind() { return goalKind; }
    public int getGoalStage() { return goalStage; }
    public BigDecimal getGoalAmount() { return goalAmount; }
    public BigDecimal getDealValue() { return dealValue; }
    public LeverKind getLeverKind() { return leverKind; }
    public String getLeverSteps() { return leverSteps; }
    public String getLeverWeights() { return leverWeights; }
    public BigDecimal getVolumeShare() { return volumeShare; }
    public CeilingMode getCeilingMode() { return ceilingMode; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public boolean isAdopted() { return adopted; }
    public Instant getAdoptedAt() { return adoptedAt; }
}
