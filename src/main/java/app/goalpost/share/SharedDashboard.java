package app.goalpost.share;

import app.goalpost.kpi.Dashboard;
import java.util.Currency;

/** What the shared page shows: the workspace's name and currency and its live dashboard page model. */
public record SharedDashboard(String workspaceName, Currency currency, Dashboard dashboard) {
}
