package app.goalpost.portfolio;

import app.goalpost.workspace.CompanyStage;
import app.goalpost.workspace.Industry;
import java.util.Optional;

/**
 * What the portfolio shows: a case-insensitive name search, archived workspaces too (owners and admins only;
 * ignored for anyone else), and optional filters by account manager (a user id of the agency), company stage,
 * industry and overall status.
 */
public record PortfolioFilter(String search, boolean includeArchived, Optional<Long> managerUserId,
        Optional<CompanyStage> stage, Optional<Industry> industry, Optional<PortfolioStatus> status) {

    public static PortfolioFilter none() {
        return new PortfolioFilter("", false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public PortfolioFilter withSearch(String value) {
        return new PortfolioFilter(value, includeArchived, managerUserId, stage, industry, status);
    }

    public PortfolioFilter withArchived(boolean value) {
        return new PortfolioFilter(search, value, managerUserId, stage, industry, status);
    }

    public PortfolioFilter withManager(Optional<Long> value) {
        return new PortfolioFilter(search, includeArchived, value, stage, industry, status);
    }

    public PortfolioFilter withStage(Optional<CompanyStage> value) {
        return new PortfolioFilter(search, includeArchived, managerUserId, value, industry, status);
    }

    public PortfolioFilter withIndustry(Optional<Industry> value) {
        return new PortfolioFilter(search, includeArchived, managerUserId, stage, value, status);
    }

    public PortfolioFilter withStatus(Optional<PortfolioStatus> value) {
        return new PortfolioFilter(search, includeArchived, managerUserId, stage, industry, value);
    }
}
