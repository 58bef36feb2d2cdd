package app.goalpost.portfolio.internal;

import app.goalpost.kpi.KpiKind;
import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.portfolio.PortfolioStatus;
import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The stored status of one workspace: a cache of what the KPI and review features compute, kept so the portfolio
 * can sort and filter every workspace in SQL. Valid for one client day ({@code validUntil}) and until a change
 * marks it {@code stale}.
 */
@Entity
@Table(name = "workspace_status")
public class WorkspaceStatus extends AgencyOwnedEntity {

    private long workspaceId;
    @Enumerated(EnumType.STRING)
    private PortfolioStatus overall = PortfolioStatus.NO_DATA;
    private int riskRank = PortfolioStatus.NO_DATA.riskRank();
    private int behindCount;
    private int onTrackCount;
    private int aheadCount;
    private int noDataCount;
    private @Nullable Long worstKpiId;
    private @Nullable String worstKpiName;
    @Enumerated(EnumType.STRING)
    private @Nullable KpiKind worstKpiKind;
    @Enumerated(EnumType.STRING)
    private @Nullable PacingStatus worstStatus;
    private @Nullable BigDecimal worstRatio;
    private @Nullable BigDecimal worstShortfall;
    private @Nullable Long mainKpiId;
    private @Nullable String mainKpiName;
    @Enumerated(EnumType.STRING)
    private @Nullable PacingStatus mainStatus;
    private @Nullable BigDecimal mainProjection;
    private @Nullable LocalDate reviewDue;
    private boolean reviewOverdue;
    private @Nullable LocalDate computedFor;
    private @Nullable Instant validUntil;
    private boolean stale = true;
    private @Nullable Instant lastActivity;

    protected WorkspaceStatus() {
    }

    public WorkspaceStatus(long workspaceId) {
        this.workspaceId = workspaceId;
    }

    /** Whether the numbers must be computed again before they are shown at {@code now}. */
    public boolean needsRefresh(Instant now) {
        return stale || validUntil == null || !now.isBefore(validUntil);
    }

    public void markStale() {
        stale = true;
    }

    public void touch(Instant at) {
        if (lastActivity == null || at.isAfter(lastActivity)) {
            lastActivity = at;
        }
    }

    /** Stores a fresh computation. */
    public void apply(Computed c) {
        overall = c.overall();
        riskRank = c.overall().riskRank();
        behindCount = c.behind();
        onTrackCount = c.onTrack();
        aheadCount = c.ahead();
        noDataCount = c.noData();
        worstKpiId = c.worstKpiId();
        worstKpiName = c.worstKpiName();
        worstKpiKind = c.worstKpiKind();
        worstStatus = c.worstStatus();
        worstRatio = decimal(c.worstRatio());
        worstShortfall = decimal(c.worstShortfall());
        mainKpiId = c.mainKpiId();
        mainKpiName = c.mainKpiName();
        mainStatus = c.mainStatus();
        mainProjection = decimal(c.mainProjection());
        reviewDue = c.reviewDue();
        reviewOverdue = c.reviewOverdue();
        computedFor = c.computedFor();
        validUntil = c.validUntil();
        stale = false;
    }

    private static @Nullable BigDecimal decimal(@Nullable Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        // the column holds 13 integer digits; a ratio beyond a million is "far off" for every reader
        double clamped = Math.max(-1_000_000, Math.min(1_000_000, value));
        return BigDecimal.valueOf(clamped).setScale(6, RoundingMode.HALF_UP);
    }

    /** One computation of a workspace's status for its client's today. */
    public record Computed(PortfolioStatus overall, int behind, int onTrack, int ahead, int noData,
            @Nullable Long worstKpiId, @Nullable String worstKpiName, @Nullable KpiKind worstKpiKind,
            @Nullable PacingStatus worstStatus, @Nullable Double worstRatio, @Nullable Double worstShortfall,
            @Nullable Long mainKpiId, @Nullable String mainKpiName, @Nullable PacingStatus mainStatus,
            @Nullable Double mainProjection, @Nullable LocalDate reviewDue, boolean reviewOverdue,
            LocalDate computedFor, Instant validUntil) {
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public PortfolioStatus getOverall() {
        return overall;
    }

    public int getBehindCount() {
        return behindCount;
    }

    public int getOnTrackCount() {
        return onTrackCount;
    }

    public int getAheadCount() {
        return aheadCount;
    }

    public int getNoDataCount() {
        return noDataCount;
    }

    public @Nullable Long getWorstKpiId() {
        return worstKpiId;
    }

    public @Nullable String getWorstKpiName() {
        return worstKpiName;
    }

    public @Nullable KpiKind getWorstKpiKind() {
        return worstKpiKind;
    }

    public @Nullable PacingStatus getWorstStatus() {
        return worstStatus;
    }

    public @Nullable BigDecimal getWorstRatio() {
        return worstRatio;
    }

    public @Nullable Long getMainKpiId() {
        return mainKpiId;
    }

    public @Nullable String getMainKpiName() {
        return mainKpiName;
    }

    public @Nullable PacingStatus getMainStatus() {
        return mainStatus;
    }

    public @Nullable BigDecimal getMainProjection() {
        return mainProjection;
    }

    public @Nullable LocalDate getReviewDue() {
        return reviewDue;
    }

    public boolean isReviewOverdue() {
        return reviewOverdue;
    }

    public @Nullable LocalDate getComputedFor() {
        return computedFor;
    }

    public @Nullable Instant getLastActivity() {
        return lastActivity;
    }
}
