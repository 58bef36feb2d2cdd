package app.goalpost.webhook;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;

/** Shared steps of the webhook tests: a KPI of May 2026 (the movable clock's month) and its actuals. */
final class WebhookSupport {

    static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

    private WebhookSupport() {
    }

    /** A count KPI with a goal of 100 over May; with no actual yet its status is NO_DATA. */
    static KpiId mayKpi(KpiService kpis, WorkspaceId workspace, String name) {
        return new KpiId(kpis.create(workspace, KpiInput.count(name, 100, MAY_1, LocalDate.of(2026, 5, 31))));
    }

    /** 80 of 100 on 1 May with 20 of 31 days gone: ahead of plan. */
    static void aheadActual(ActualsService actuals, WorkspaceId workspace, KpiId kpi) {
        actuals.save(workspace, kpi, Granularity.DAY, Map.of(MAY_1, Optional.of(new BigDecimal("80"))));
    }

    static MockResponse answer(int code, String body) {
        return new MockResponse().setResponseCode(code).setBody(body);
    }
}
