package app.goalpost.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.planning.DateRange;
import app.goalpost.planning.funnel.BaselineMethod;
import app.goalpost.planning.funnel.BaselinePeriods.PeriodType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which days a review's proposed baseline covers, per method, on fiscal calendars that do and do not start in January. */
class ReplanPeriodsTest {

    static DateRange range(String from, String to) {
        return DateRange.of(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aScaleUpReplansOnThePreviousFiscalQuarter() {
        DateRange plan = ReplanPeriods.periodHolding(PeriodType.QUARTER, LocalDate.of(2026, 11, 15), 1);
        assertThat(plan).isEqualTo(range("2026-10-01", "2026-12-31"));
        assertThat(ReplanPeriods.baselineFor(BaselineMethod.OWN_PREVIOUS_PERIOD, PeriodType.QUARTER, plan, 1))
                .isEqualTo(range("2026-07-01", "2026-09-30"));
        // the first day of a quarter already plans that quarter: the one that just ended is the baseline
        DateRange first = ReplanPeriods.periodHolding(PeriodType.QUARTER, LocalDate.of(2026, 1, 1), 1);
        assertThat(ReplanPeriods.baselineFor(BaselineMethod.OWN_PREVIOUS_PERIOD, PeriodType.QUARTER, first, 1))
                .isEqualTo(range("2025-10-01", "2025-12-31"));
    }

    @Test
    void aFiscalYearStartingInFebruaryShiftsEveryQuarter() {
        // quarters Feb–Apr, May–Jul, Aug–Oct, Nov–Jan: mid-November is in the quarter that ends in January
        DateRange plan = ReplanPeriods.periodHolding(PeriodType.QUARTER, LocalDate.of(2026, 11, 15), 2);
        assertThat(plan).isEqualTo(range("2026-11-01", "2027-01-31"));
        assertThat(ReplanPeriods.baselineFor(BaselineMethod.OWN_PREVIOUS_PERIOD, PeriodType.QUARTER, plan, 2))
                .isEqualTo(range("2026-08-01", "2026-10-31"));
        assertThat(ReplanPeriods.baselineFor(BaselineMethod.SAME_PERIOD_LAST_YEAR, PeriodType.QUARTER, plan, 2))
                .isEqualTo(range("2025-11-01", "2026-01-31"));
        // January belongs to the quarter that started in November of the year before
        assertThat(ReplanPeriods.periodHolding(PeriodType.QUARTER, LocalDate.of(2027, 1, 10), 2)).isEqualTo(plan);
    }

    @Test
    void anEstablishedCompanyComparesWithTheSamePeriodLastYearMonthEndsIncluded() {
        DateRange plan = ReplanPeriods.periodHolding(PeriodType.MONTH, LocalDate.of(2028, 2, 10), 4);
        assertThat(plan).isEqualTo(range("2028-02-01", "2028-02-29"));
        assertThat(ReplanPeriods.baselineFor(BaselineMethod.SAME_PERIOD_LAST_YEAR, PeriodType.MONTH, plan, 4))
                .isEqualTo(range("2027-02-01", "2027-02-28"));
        DateRange april = ReplanPeriods.periodHolding(PeriodType.QUARTER, LocalDate.of(2026, 6, 30), 4);
        assertThat(april).isEqualTo(range("2026-04-01", "2026-06-30"));
        assertThat(ReplanPeriods.baselineFor(BaselineMethod.SAME_PERIOD_LAST_YEAR, PeriodType.QUARTER, april, 4))
                .isEqualTo(range("2025-04-01", "2025-06-30"));
    }

    @Test
    void aStartupMovesToItsOwnPreviousPeriodAndMonthlyPlansStayMonthly() {
        DateRange plan = ReplanPeriods.periodHolding(PeriodType.MONTH, LocalDate.of(2026, 3, 15), 1);
        assertThat(ReplanPeriods.baselineFor(BaselineMethod.BENCHMARKS_AND_BUDGET, PeriodType.MONTH, plan, 1))
                .isEqualTo(range("2026-02-01", "2026-02-28"));
        assertThat(ReplanPeriods.typeOf(range("2026-03-01", "2026-03-31"))).isEqualTo(PeriodType.MONTH);
        assertThat(ReplanPeriods.typeOf(range("2026-01-01", "2026-03-31"))).isEqualTo(PeriodType.QUARTER);
    }
}
