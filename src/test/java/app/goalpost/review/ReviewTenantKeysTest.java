package app.goalpost.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V8's composite foreign keys: the database itself refuses a review row of agency B pointing at agency A's
 * workspace, user or review (plain SQL on purpose: it is the database's refusal under test, not Hibernate's).
 */
@IntegrationTest
class ReviewTenantKeysTest {

    @Autowired Fixtures fixtures;
    @Autowired ReviewService reviews;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void reviewRowsCannotPointAcrossAgencies() {
        AgencyFixture a = fixtures.agency("rfka");
        AgencyFixture b = fixtures.agency("rfkb");
        long ownerA = userId(a.owner());
        long ownerB = userId(b.owner());
        fixtures.signIn(a.owner());
        long reviewA = reviews.keepPlan(a.ws1Id(), "A");

        assertRefused("insert into review_policy (agency_id, workspace_id, cadence, updated_at) "
                + "values (?, ?, 'MONTHLY', '2026-01-01 00:00:00')", b.agencyId(), a.ws1());
        assertRefused("insert into review (agency_id, workspace_id, review_date, decision, recorded_by, "
                + "recorded_by_name, recorded_at) values (?, ?, '2026-01-01', 'KEEP_PLAN', ?, 'x', "
                + "'2026-01-01 00:00:00')", b.agencyId(), a.ws1(), ownerB);
        assertRefused("insert into review (agency_id, workspace_id, review_date, decision, recorded_by, "
                + "recorded_by_name, recorded_at) values (?, ?, '2026-01-01', 'KEEP_PLAN', ?, 'x', "
                + "'2026-01-01 00:00:00')", b.agencyId(), b.ws1(), ownerA);
        assertRefused("insert into review_trigger (agency_id, workspace_id, kind, raised_by, raised_by_name, "
                + "raised_at, closed_by_review_id) values (?, ?, 'OTHER', ?, 'x', '2026-01-01 00:00:00', ?)",
                b.agencyId(), b.ws1(), ownerB, reviewA);
        // the same trigger within agency A is accepted: the refusals are about the agency
        assertThat(jdbc.update("insert into review_trigger (agency_id, workspace_id, kind, raised_by, raised_by_name, "
                + "raised_at, closed_by_review_id) values (?, ?, 'OTHER', ?, 'x', '2026-01-01 00:00:00', ?)",
                a.agencyId(), a.ws1(), ownerA, reviewA)).isEqualTo(1);
    }

    private void assertRefused(String sql, Object... args) {
        assertThatThrownBy(() -> jdbc.update(sql, args)).as(sql).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContainingAll("_tenant");
    }

    private long userId(String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }
}
