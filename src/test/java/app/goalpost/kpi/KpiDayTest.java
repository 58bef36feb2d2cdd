package app.goalpost.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.support.Fixtures;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import app.goalpost.workspace.CompanyStage;
import app.goalpost.workspace.WorkspaceForm;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "A KPI day is the client's day": at the same instant, a workspace in Kiritimati (UTC+14) is already in the next
 * quarter while one in Pago Pago (UTC−11) is still in the last one. Tested on the zone-aware test clock.
 */
@IntegrationTest
class KpiDayTest {

    /** 30 June 2026, 11:00 UTC: 1 July 01:00 in Kiritimati, 30 June 00:00 in Pago Pago. */
    private static final Instant LAST_HOUR_OF_Q2 = Instant.parse("2026-06-30T11:00:00Z");

    @Autowired Fixtures fixtures;
    @Autowired WorkspaceService workspaces;
    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired PacingService pacing;
    @Autowired MutableClock clock;

    @AfterEach
    void cleanUp() {
        clock.reset();
        Fixtures.signOut();
    }

    @Test
    void theKpiDayFollowsTheWorkspaceTimeZoneNotUtc() {
        var f = fixtures.agency("kpiday");
        fixtures.signIn(f.owner());
        long kiritimati = workspaces.create(zoned("Kiritimati", "Pacific/Kiritimati"));
        long pagoPago = workspaces.create(zoned("Pago Pago", "Pacific/Pago_Pago"));
        clock.set(LAST_HOUR_OF_Q2);

        assertThat(LocalDate.ofInstant(LAST_HOUR_OF_Q2, ZoneId.of("UTC"))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(pacing.today(new WorkspaceId(kiritimati))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(pacing.today(new WorkspaceId(pagoPago))).isEqualTo(LocalDate.of(2026, 6, 30));

        // the same third-quarter KPI: day 1 of 92 has begun in Kiritimati, not yet in Pago Pago
        LocalDate start = LocalDate.of(2026, 7, 1);
        LocalDate end = LocalDate.of(2026, 9, 30);
        for (long ws : new long[] {kiritimati, pagoPago}) {
            long id = kpis.create(new WorkspaceId(ws), KpiInput.count("Leads", 920, start, end));
            actuals.save(new WorkspaceId(ws), new KpiId(id), Granularity.DAY, Map.of(start,
                    Optional.of(new BigDecimal("10"))));
        }
        KpiPacing early = pacing.dashboard(new WorkspaceId(kiritimati)).kpis().getFirst();
        assertThat(pacing.dashboard(new WorkspaceId(kiritimati)).today()).isEqualTo(start);
        assertThat(early.result().elapsed()).isEqualTo(1.0 / 92);
        assertThat(early.result().achieved()).isEqualTo(10.0 / 920);
        KpiPacing late = pacing.dashboard(new WorkspaceId(pagoPago)).kpis().getFirst();
        assertThat(late.result().elapsed()).isZero();
    }

    private static WorkspaceForm zoned(String name, String zone) {
        WorkspaceForm form = Fixtures.form(name + " " + System.nanoTime(), CompanyStage.SCALE_UP);
        form.setTimeZone(ZoneId.of(zone));
        return form;
    }
}
