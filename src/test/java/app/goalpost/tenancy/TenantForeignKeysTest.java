package app.goalpost.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.TestProfiles;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema itself refuses a child row whose agency differs from its parent's (V7: composite foreign keys).
 * Plain JDBC on purpose: the point is that the database refuses it even when no Hibernate tenant filter is in the
 * way. Runs on H2 and, in .ci/run, on MariaDB.
 */
@IntegrationTest
class TenantForeignKeysTest {

    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    AgencyFixture a;
    AgencyFixture b;
    long ownerA;
    long ownerB;

    @BeforeEach
    void twoAgencies() {
        a = fixtures.agency("fka");
        b = fixtures.agency("fkb");
        Fixtures.signOut();
        ownerA = userId(a.owner());
        ownerB = userId(b.owner());
    }

    @Test
    void aChildOfAnotherAgencysWorkspaceIsRefused() {
        // agency B's row pointing at agency A's workspace
        assertRefused("insert into funnel_stage (agency_id, workspace_id, sort_order, name) values (?, ?, 0, 'x')",
                b.agencyId(), a.ws1());
        assertRefused("insert into workspace_member (agency_id, workspace_id, user_id, access_level) "
                + "values (?, ?, ?, 'MANAGER')", b.agencyId(), a.ws3(), ownerB);
        assertRefused("insert into baseline (agency_id, workspace_id, name, method, period_start, period_end, "
                + "is_current, updated_at) values (?, ?, 'x', 'MANUAL', '2026-01-01', '2026-03-31', false, "
                + "'2026-01-01 00:00:00')", b.agencyId(), a.ws1());
        assertRefused("insert into kpi (agency_id, workspace_id, name, unit, direction, aggregation, target, "
                + "period_start, period_end, tolerance, archived, created_at) values (?, ?, 'x', 'COUNT', 'UP', "
                + "'SUM', 1, '2026-01-01', '2026-03-31', 0.05, false, '2026-01-01 00:00:00')", b.agencyId(), a.ws1());
        // the same row in its own agency is accepted: the refusal above is about the agency, not the row
        jdbc.update("insert into funnel_stage (agency_id, workspace_id, sort_order, name) values (?, ?, 99, 'ok')",
                a.agencyId(), a.ws1());
        assertThat(jdbc.update("delete from funnel_stage where agency_id = ? and sort_order = 99", a.agencyId()))
                .isEqualTo(1);
    }

    @Test
    void aReferenceToAnotherAgencysUserIsRefused() {
        assertRefused("insert into workspace_member (agency_id, workspace_id, user_id, access_level) "
                + "values (?, ?, ?, 'MANAGER')", b.agencyId(), b.ws3(), ownerA);
        assertRefused("insert into workspace_visit (agency_id, user_id, workspace_id, visited_at) "
                + "values (?, ?, ?, '2026-01-01 00:00:00')", b.agencyId(), ownerA, b.ws1());
        assertRefused("insert into invitation (agency_id, email, role, workspace_ids, token_hash, invited_by, "
                + "expires_at, revoked, created_at) values (?, 'x@fk.test', 'ADMIN', '', ?, ?, '2026-01-01 00:00:00', "
                + "false, '2026-01-01 00:00:00')", b.agencyId(), "t" + System.nanoTime(), ownerA);
    }

    @Test
    void onMySqlTheIdOnlyForeignKeyIndexesAreGone() {
        Assumptions.assumeTrue(TestProfiles.onExternalDatabase(), "information_schema.statistics is MySQL's");
        List<String> leftovers = jdbc.queryForList("select concat(table_name, '.', index_name) from "
                + "information_schema.statistics where table_schema = database() and index_name like 'fk\\_%' "
                + "and index_name not like '%\\_tenant'", String.class);
        assertThat(leftovers).isEmpty();
    }

    private void assertRefused(String sql, Object... args) {
        // the composite key (named *_tenant) refuses it, not some other constraint of the row
        assertThatThrownBy(() -> jdbc.update(sql, args)).as(sql).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContainingAll("_tenant");
    }

    private long userId(String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }
}
