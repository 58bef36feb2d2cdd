package app.goalpost.funnel.internal;

import app.goalpost.planning.funnel.BaselineMethod;
import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A baseline of a workspace: name, method, period. Its volumes live in {@link BaselineVolume}; every save of the
 * volumes touches {@code updatedAt} so that the baseline's version changes and concurrent edits are detected.
 */
@Entity
@Table(name = "baseline")
public class Baseline extends AgencyOwnedEntity {

    @Column(name = "workspace_id")
    private long workspaceId;
    private String name;
    @Enumerated(EnumType.STRING)
    private BaselineMethod method;
    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "period_end")
    private LocalDate periodEnd;
    @Column(name = "is_current")
    private boolean current;
    @Column(name = "benchmark_set")
    private String benchmarkSet;
    private BigDecimal budget;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Baseline() {
    }

    public Baseline(long workspaceId, Instant now) {
        this.workspaceId = workspaceId;
        this.updatedAt = now;
    }

    public void apply(String newName, BaselineMethod newMethod, LocalDate start, LocalDate end, String set,
            BigDecimal newBudget, Instant now) {
        this.name = newName;
        this.method = newMethod;
        this.periodStart = start;
        this.periodEnd = end;
        this.benchmarkSet = set;
        this.budget = newBudget;
        this.updatedAt = now;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public String getName() {
        return name;
    }

    public BaselineMethod getMethod() {
        return method;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public boolean isCurrent() {
        return current;
    }

    public void setCurrent(boolean current) {
        this.current = current;
    }

    public String getBenchmarkSet() {
        return benchmarkSet;
    }

    public BigDecimal getBudget() {
        return budget;
    }
}
