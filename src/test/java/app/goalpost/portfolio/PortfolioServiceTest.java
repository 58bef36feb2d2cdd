package app.goalpost.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import app.goalpost.workspace.CompanyStage;
import app.goalpost.workspace.Industry;
import app.goalpost.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The portfolio through its service: isolation (another agency, an account manager's assignments, a client user),
 * filters, the risk order, and the stored status following saves and the client's day.
 * The clock stands on Wednesday 20 May 2026; the KPIs run over May (day 20 of 31 = 64.5 % elapsed).
 */
@IntegrationTest
class PortfolioServiceTest {

    static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    static final LocalDate MAY_31 = LocalDate.of(2026, 5, 31);

    @Autowired Fixtures fixtures;
    @Autowired PortfolioService portfolio;
    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired MutableClock clock;

    AgencyFixture f;
    AgencyFixture other;

    @BeforeEach
    void agencies() {
        clock.reset();
        f = fixtures.agency("portfolio");
        other = fixtures.agency("portfolioother");
    }

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    /** A May count KPI of 1,000 with {@code perDay} entered for each day from the 1st to the 20th (0: none). */
    long kpi(WorkspaceId ws, String name, int perDay) {
        long id = kpis.create(ws, KpiInput.count(name, 1_000, MAY_1, MAY_31));
        if (perDay > 0) {
            enter(ws, id, perDay, 20);
        }
        return id;
    }

    void enter(WorkspaceId ws, long kpi, int perDay, int days) {
        Map<LocalDate, Optional<BigDecimal>> rows = new LinkedHashMap<>();
        for (int d = 0; d < days; d++) {
            rows.put(MAY_1.plusDays(d), Optional.of(BigDecimal.valueOf(perDay)));
        }
        actuals.save(ws, new KpiId(kpi), Granularity.DAY, rows);
    }

    List<PortfolioRow> page(PortfolioFilter filter) {
        return portfolio.page(filter, PortfolioSort.RISK, 0, 50);
    }

    static List<Long> ids(List<PortfolioRow> rows) {
        return rows.stream().map(PortfolioRow::id).toList();
    }

    @Test
    void anotherAgencysWorkspacesNeverAppear() {
        fixtures.signIn(other.owner());
        kpi(other.ws1Id(), "Their leads", 5);
        fixtures.signIn(f.owner());
        assertThat(ids(page(PortfolioFilter.none()))).containsExactlyInAnyOrder(f.ws1(), f.ws2(), f.ws3());
        // the other agency's names match the search; its workspaces still do not come
        assertThat(page(PortfolioFilter.none().withSearch("portfolioother"))).isEmpty();
        assertThat(portfolio.count(PortfolioFilter.none().withSearch("portfolioother"))).isZero();
        assertThat(portfolio.onTrackByWeek(4).getLast().behind()).isZero();
        // a manager id of the other agency filters to nothing, rather than to its workspaces
        fixtures.signIn(other.owner());
        long otherManager = portfolio.managers().getFirst().userId();
        fixtures.signIn(f.owner());
        assertThat(page(PortfolioFilter.none().withManager(Optional.of(otherManager)))).isEmpty();
        assertThat(portfolio.managers()).extracting(AccountManager::userId).doesNotContain(otherManager);
    }

    @Test
    void anAccountManagerSeesOnlyTheirClientsAndAClientIsRefused() {
        fixtures.signIn(f.owner());
        kpi(f.ws3Id(), "Leads", 5);
        fixtures.signIn(f.manager());
        assertThat(ids(page(PortfolioFilter.none()))).containsExactlyInAnyOrder(f.ws1(), f.ws2());
        assertThat(portfolio.count(PortfolioFilter.none())).isEqualTo(2);
        // asking for archived workspaces or another manager's clients widens nothing
        assertThat(ids(page(PortfolioFilter.none().withArchived(true).withManager(Optional.of(0L)))))
                .containsExactlyInAnyOrder(f.ws1(), f.ws2());
        assertThat(portfolio.managers()).isEmpty();
        assertThat(portfolio.onTrackByWeek(4).getLast().behind()).isZero(); // ws3 is behind but not theirs
        assertThat(page(PortfolioFilter.none()).getFirst().managers()).containsExactly("Member " + f.manager());

        fixtures.signIn(f.client());
        assertThatThrownBy(() -> page(PortfolioFilter.none())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> portfolio.count(PortfolioFilter.none())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> portfolio.onTrackByWeek(4)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void mostBehindComesFirstAndTheFiltersNarrowInTheDatabase() {
        fixtures.signIn(f.owner());
        kpi(f.ws1Id(), "Leads", 32); // 640 of 645 expected: on track
        kpi(f.ws2Id(), "Leads", 10); // 200: behind
        kpi(f.ws2Id(), "Demos", 20); // 400: behind, less far
        kpi(f.ws3Id(), "Leads", 0); // no actuals yet
        List<PortfolioRow> rows = page(PortfolioFilter.none());
        assertThat(ids(rows)).containsExactly(f.ws2(), f.ws1(), f.ws3());
        PortfolioRow behind = rows.getFirst();
        assertThat(behind.status()).isEqualTo(PortfolioStatus.BEHIND);
        assertThat(behind.behind()).isEqualTo(2);
        assertThat(behind.worst()).hasValueSatisfying(w -> {
            assertThat(w.name()).isEqualTo("Leads");
            assertThat(w.status()).isEqualTo(PacingStatus.BEHIND);
            assertThat(w.ratio()).isCloseTo(200 / (20 / 31.0 * 1000), org.assertj.core.data.Offset.offset(0.001));
        });
        // no plan of record: the main goal is the first outcome KPI by name, projected on its pace
        assertThat(behind.main()).hasValueSatisfying(m -> {
            assertThat(m.name()).isEqualTo("Demos");
            assertThat(m.projection()).hasValueSatisfying(p -> assertThat(p).isCloseTo(0.62, org.assertj.core.data
                    .Offset.offset(0.001)));
        });
        assertThat(rows.get(1).status()).isEqualTo(PortfolioStatus.ON_TRACK);
        assertThat(rows.get(2).status()).isEqualTo(PortfolioStatus.NO_DATA);
        assertThat(rows.get(2).noData()).isEqualTo(1);
        assertThat(rows.getFirst().reviewDue()).isPresent();

        assertThat(ids(page(PortfolioFilter.none().withStatus(Optional.of(PortfolioStatus.BEHIND)))))
                .containsExactly(f.ws2());
        assertThat(ids(page(PortfolioFilter.none().withStatus(Optional.of(PortfolioStatus.NO_DATA)))))
                .containsExactly(f.ws3());
        assertThat(ids(page(PortfolioFilter.none().withStage(Optional.of(CompanyStage.ESTABLISHED)))))
                .containsExactly(f.ws3());
        assertThat(page(PortfolioFilter.none().withIndustry(Optional.of(Industry.B2C_ECOMMERCE)))).isEmpty();
        assertThat(ids(page(PortfolioFilter.none().withIndustry(Optional.of(Industry.B2B_SAAS))))).hasSize(3);
        long manager = portfolio.managers().getFirst().userId();
        assertThat(ids(page(PortfolioFilter.none().withManager(Optional.of(manager)))))
                .containsExactly(f.ws2(), f.ws1());
        assertThat(portfolio.count(PortfolioFilter.none().withManager(Optional.of(manager)))).isEqualTo(2);
        assertThat(ids(portfolio.page(PortfolioFilter.none(), PortfolioSort.NAME, 0, 50)))
                .containsExactly(f.ws1(), f.ws2(), f.ws3());
        assertThat(ids(portfolio.page(PortfolioFilter.none(), PortfolioSort.RISK, 1, 1))).containsExactly(f.ws1());

        WeekCount week = portfolio.onTrackByWeek(12).getLast();
        assertThat(week.weekStart()).isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(week.onTrack()).isEqualTo(1);
        assertThat(week.behind()).isEqualTo(1);
        assertThat(week.noData()).isEqualTo(1);
        assertThat(portfolio.onTrackByWeek(12)).hasSize(12);
    }

    @Test
    void savingActualsChangesTheStoredCountsAndANewDayPacesAgain() {
        fixtures.signIn(f.owner());
        long leads = kpi(f.ws1Id(), "Leads", 0);
        PortfolioRow before = rowOf(f.ws1());
        assertThat(before.status()).isEqualTo(PortfolioStatus.NO_DATA);
        assertThat(before.noData()).isEqualTo(1);

        // after the save commits, the stored status follows (a few minutes later: MySQL-protocol servers may keep
        // whole seconds)
        clock.advance(Duration.ofMinutes(5));
        enter(f.ws1Id(), leads, 32, 20);
        PortfolioRow after = rowOf(f.ws1());
        assertThat(after.status()).isEqualTo(PortfolioStatus.ON_TRACK);
        assertThat(after.onTrack()).isEqualTo(1);
        assertThat(after.noData()).isZero();
        assertThat(after.lastActivity()).isAfter(before.lastActivity());

        // ten days later with nothing entered since, the same numbers are behind: the row is paced again
        clock.advance(Duration.ofDays(10));
        PortfolioRow later = rowOf(f.ws1());
        assertThat(later.status()).isEqualTo(PortfolioStatus.BEHIND);
        assertThat(later.behind()).isEqualTo(1);
        assertThat(ids(page(PortfolioFilter.none())).getFirst()).isEqualTo(f.ws1());
    }

    PortfolioRow rowOf(long workspace) {
        return page(PortfolioFilter.none()).stream().filter(r -> r.id() == workspace).findFirst().orElseThrow();
    }
}
