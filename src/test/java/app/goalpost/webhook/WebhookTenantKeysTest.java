package app.goalpost.webhook;

import static app.goalpost.webhook.WebhookSupport.mayKpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiService;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V10's composite foreign keys: the database itself refuses a webhook row of agency B pointing at agency A's
 * workspace, endpoint, KPI or user (plain SQL on purpose: the database's refusal is under test, not Hibernate's).
 */
@IntegrationTest
class WebhookTenantKeysTest {

    @Autowired Fixtures fixtures;
    @Autowired WebhookService webhooks;
    @Autowired KpiService kpis;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void webhookRowsCannotPointAcrossAgencies() {
        AgencyFixture a = fixtures.agency("wfka");
        AgencyFixture b = fixtures.agency("wfkb");
        long ownerA = userId(a.owner());
        long ownerB = userId(b.owner());
        fixtures.signIn(a.owner());
        KpiId kpiA = mayKpi(kpis, a.ws1Id(), "Leads");
        long endpointA = webhooks.create(a.ws1Id(), "https://hooks.example.com/a",
                EnumSet.of(WebhookEvent.PLAN_ADOPTED)).endpointId().value();
        Fixtures.signOut();

        String endpoint = "insert into webhook_endpoint (agency_id, workspace_id, url, events, secret, created_by, "
                + "created_at) values (?, ?, 'https://x.example', 'plan.adopted', 's', ?, '2026-01-01 00:00:00')";
        assertRefused(endpoint, b.agencyId(), a.ws1(), ownerB);
        assertRefused(endpoint, b.agencyId(), b.ws1(), ownerA);
        String delivery = "insert into webhook_delivery (agency_id, workspace_id, endpoint_id, event_id, event_type, "
                + "payload, status, attempts, created_at) values (?, ?, ?, 'e', 'plan.adopted', '{}', 'PENDING', 0, "
                + "'2026-01-01 00:00:00')";
        assertRefused(delivery, b.agencyId(), b.ws1(), endpointA);
        assertRefused("insert into webhook_kpi_status (agency_id, workspace_id, kpi_id, status, updated_at) "
                + "values (?, ?, ?, 'AHEAD', '2026-01-01 00:00:00')", b.agencyId(), b.ws1(), kpiA.value());
        assertRefused("insert into webhook_review_notice (agency_id, workspace_id, due_date, fired_at) "
                + "values (?, ?, '2026-07-01', '2026-07-01 00:00:00')", b.agencyId(), a.ws1());
        // the same delivery within agency A is accepted: the refusals are about the agency
        assertThat(jdbc.update(delivery, a.agencyId(), a.ws1(), endpointA)).isEqualTo(1);
        jdbc.update("delete from webhook_delivery where agency_id = ? and endpoint_id = ?", a.agencyId(), endpointA);
    }

    private void assertRefused(String sql, Object... args) {
        assertThatThrownBy(() -> jdbc.update(sql, args)).as(sql).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContainingAll("_tenant");
    }

    private long userId(String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }
}
