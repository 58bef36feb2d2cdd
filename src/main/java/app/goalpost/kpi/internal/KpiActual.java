package app.goalpost.kpi.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One actual of a KPI on one day (cumulative KPIs: the amount booked that day, or a week's total dated on the
 * week's last day; level KPIs: the value measured that day). At most one per KPI and day.
 */
@Entity
@Table(name = "kpi_actual")
public class KpiActual extends AgencyOwnedEntity {

    private long workspaceId;
    private long kpiId;
    private LocalDate actualDate;
    private BigDecimal amount;

    protected KpiActual() {
    }

    public KpiActual(long workspaceId, long kpiId, LocalDate actualDate, BigDecimal amount) {
        this.workspaceId = workspaceId;
        this.kpiId = kpiId;
        this.actualDate = actualDate;
        this.amount = amount;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public long getKpiId() {
        return kpiId;
    }

    public LocalDate getActualDate() {
        return actualDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
