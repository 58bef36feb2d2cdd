package app.goalpost.share;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.PacingService;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** KPIs with distinct names in two workspaces, and dashboard or report links made through the real service, for share tests. */
@Component
public class ShareFixtures {

    private final Fixtures fixtures;
    private final KpiService kpis;
    private final ActualsService actuals;
    private final PacingService pacing;
    private final ShareLinkService shares;

    ShareFixtures(Fixtures fixtures, KpiService kpis, ActualsService actuals, PacingService pacing,
            ShareLinkService shares) {
        this.fixtures = fixtures;
        this.kpis = kpis;
        this.actuals = actuals;
        this.pacing = pacing;
        this.shares = shares;
    }

    /** A KPI named {@code name} in the workspace, 45 days into a 90-day period, with some actuals. */
    public long kpi(AgencyFixture f, WorkspaceId workspace, String name) {
        fixtures.signIn(f.owner());
        LocalDate today = pacing.today(workspace);
        LocalDate start = today.minusDays(44);
        long id = kpis.create(workspace, KpiInput.count(name, 300, start, start.plusDays(89)));
        actuals.save(workspace, new KpiId(id), Granularity.DAY, Map.of(start, Optional.of(new BigDecimal("50")),
                today, Optional.of(new BigDecimal("70"))));
        Fixtures.signOut();
        return id;
    }

    /** A dashboard link of the workspace created by {@code staff}; returns its token. */
    public String link(String staff, WorkspaceId workspace, String password) {
        return token(create(staff, workspace, password));
    }

    /** A report link of the workspace created by {@code staff}; returns its token. */
    public String reportLink(String staff, WorkspaceId workspace, String password) {
        return token(create(staff, workspace, ShareKind.REPORT, password));
    }

    public CreatedShareLink create(String staff, WorkspaceId workspace, String password) {
        return create(staff, workspace, ShareKind.DASHBOARD, password);
    }

    public CreatedShareLink create(String staff, WorkspaceId workspace, ShareKind kind, String password) {
        fixtures.signIn(staff);
        try {
            LocalDate today = pacing.today(workspace);
            return shares.create(workspace, new ShareLinkRequest(kind, "for the client",
                    today.plusDays(30), password));
        } finally {
            Fixtures.signOut();
        }
    }

    public static String token(CreatedShareLink link) {
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }
}
