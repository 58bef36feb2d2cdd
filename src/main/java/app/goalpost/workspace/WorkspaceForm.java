package app.goalpost.workspace;

import java.time.ZoneId;
import java.util.Currency;

/** Editable settings of a workspace; a mutable bean so Vaadin's Binder can edit it. */
public class WorkspaceForm {

    /** The longest workspace name (the column's size). */
    public static final int MAX_NAME = 120;

    private String name = "";
    private Industry industry = Industry.B2B_SAAS;
    private CompanyStage stage = CompanyStage.SCALE_UP;
    private Currency currency = Currency.getInstance("EUR");
    private ZoneId timeZone = ZoneId.of("Europe/Paris");
    private int fiscalYearStartMonth = 1;

    public static WorkspaceForm of(WorkspaceDetails details) {
        WorkspaceForm form = new WorkspaceForm();
        form.name = details.name();
        form.industry = details.industry();
        form.stage = details.stage();
        form.currency = details.currency();
        form.timeZone = details.timeZone();
        form.fiscalYearStartMonth = details.fiscalYearStartMonth();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }

    public CompanyStage getStage() {
        return stage;
    }

    public void setStage(CompanyStage stage) {
        this.stage = stage;
    }

    public Currency getCurrency() {
        return currency;
    }

    public void setCurrency(Currency currency) {
        this.currency = currency;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone;
    }

    public int getFiscalYearStartMonth() {
        return fiscalYearStartMonth;
    }

    public void setFiscalYearStartMonth(int fiscalYearStartMonth) {
        this.fiscalYearStartMonth = fiscalYearStartMonth;
    }
}
