package app.goalpost.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.kpi.internal.ActualsWriter;
import app.goalpost.planning.DateRange;
import app.goalpost.shared.sheet.SheetFile;
import app.goalpost.shared.sheet.SheetProgress;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.workspace.WorkspaceNotFoundException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import's hand-written SQL bypasses Hibernate's tenant filter, so this tries to cross the agency boundary on
 * every way in: another agency's KPI id (as the paste target and straight into the writer), another agency's KPI of
 * the same name and day, and no signed-in agency at all.
 */
@IntegrationTest
class ActualsWriterTest {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate END = LocalDate.of(2026, 3, 31);
    static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    @Autowired Fixtures fixtures;
    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired ActualsWriter writer;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    AgencyFixture a;
    AgencyFixture b;
    long leadsA;
    long leadsB;

    @BeforeEach
    void twoAgenciesWithTheSameKpi() {
        b = fixtures.agency("writerb");
        fixtures.signIn(b.manager());
        leadsB = kpis.create(b.ws1Id(), KpiInput.count("Leads", 300, START, END));
        actuals.save(b.ws1Id(), new KpiId(leadsB), Granularity.DAY, Map.of(DAY, Optional.of(BigDecimal.TEN)));
        a = fixtures.agency("writera");
        fixtures.signIn(a.manager());
        leadsA = kpis.create(a.ws1Id(), KpiInput.count("Leads", 300, START, END));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void anImportWritesOnlyTheSignedInAgencysRows() {
        byte[] file = (DAY + ",Leads,99\n" + DAY.plusDays(1) + ",Leads,5\n").getBytes(StandardCharsets.UTF_8);
        assertThat(actuals.importRows(a.ws1Id(), Optional.empty(), ActualsSource.file(SheetFile.of("a.csv", file)),
                SheetProgress.NONE)).isEqualTo(2);
        // twice: the second is an update through ON DUPLICATE KEY, which must meet only agency A's row
        assertThat(actuals.importRows(a.ws1Id(), Optional.empty(), ActualsSource.file(SheetFile.of("a.csv", file)),
                SheetProgress.NONE)).isEqualTo(2);
        assertThat(actuals.list(a.ws1Id(), new KpiId(leadsA), DateRange.of(START, END))).containsExactly(
                new ActualEntry(DAY, new BigDecimal("99")), new ActualEntry(DAY.plusDays(1), new BigDecimal("5")));
        assertThat(jdbc.queryForList("select distinct agency_id from kpi_actual where kpi_id = ?", Long.class, leadsA))
                .containsExactly(a.agencyId());

        fixtures.signIn(b.manager());
        assertThat(actuals.list(b.ws1Id(), new KpiId(leadsB), DateRange.of(START, END)))
                .containsExactly(new ActualEntry(DAY, BigDecimal.TEN));
    }

    @Test
    void anotherAgencysKpiIdIsRefusedAndCannotReachItsRows() {
        List<RawRow> rows = List.of(new RawRow(1, DAY.toString(), "", "77"));
        assertThatThrownBy(() -> actuals.importRows(a.ws1Id(), Optional.of(new KpiId(leadsB)), ActualsSource.of(rows),
                SheetProgress.NONE)).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> actuals.importRows(b.ws1Id(), Optional.of(new KpiId(leadsB)), ActualsSource.of(rows),
                SheetProgress.NONE)).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> actuals.preview(b.ws1Id(), Optional.of(new KpiId(leadsB)), ActualsSource.of(rows),
                SheetProgress.NONE)).isInstanceOf(WorkspaceNotFoundException.class);

        // even handed B's KPI id directly, the writer stamps A's agency, which the database refuses: the
        // (agency_id, kpi_id) foreign key has no such KPI in A, and B's value is never touched
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> writer.upsert(a.ws1(),
                List.of(new ActualsWriter.Value(leadsB, DAY, new BigDecimal("77"))))))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("select amount from kpi_actual where agency_id = ? and kpi_id = ?",
                BigDecimal.class, b.agencyId(), leadsB)).isEqualByComparingTo("10");
        fixtures.signIn(b.manager());
        assertThat(actuals.list(b.ws1Id(), new KpiId(leadsB), DateRange.of(START, END)))
                .containsExactly(new ActualEntry(DAY, BigDecimal.TEN));
    }

    @Test
    void withoutASignedInAgencyNothingIsWritten() {
        Fixtures.signOut();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> writer.upsert(a.ws1(),
                List.of(new ActualsWriter.Value(leadsA, DAY, BigDecimal.ONE)))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from kpi_actual where kpi_id = ?", Long.class, leadsA))
                .isZero();
    }
}
