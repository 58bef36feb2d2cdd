package app.goalpost.workspace.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import app.goalpost.workspace.CompanyStage;
import app.goalpost.workspace.Industry;
import app.goalpost.workspace.WorkspaceForm;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "workspace")
public class Workspace extends AgencyOwnedEntity {

    private String name;
    @Enumerated(EnumType.STRING)
    private Industry industry;
    @Enumerated(EnumType.STRING)
    private CompanyStage companyStage;
    private String currency;
    private String timeZone;
    private int fiscalYearStartMonth;
    private boolean archived;
    private Instant createdAt;

    protected Workspace() {
    }

    public Workspace(WorkspaceForm form, Instant createdAt) {
        apply(form);
        this.createdAt = createdAt;
    }

    public final void apply(WorkspaceForm form) {
        this.name = form.getName().strip();
        this.industry = form.getIndustry();
        this.companyStage = form.getStage();
        this.currency = form.getCurrency().getCurrencyCode();
        this.timeZone = form.getTimeZone().getId();
        this.fiscalYearStartMonth = form.getFiscalYearStartMonth();
    }

    public String getName() {
        return name;
    }

    public Industry getIndustry() {
        return industry;
    }

    public CompanyStage getCompanyStage() {
        return companyStage;
    }

    public String getCurrency() {
        return currency;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public int getFiscalYearStartMonth() {
        return fiscalYearStartMonth;
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
}
