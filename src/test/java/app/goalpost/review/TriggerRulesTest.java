package app.goalpost.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.planning.DateRange;
import app.goalpost.planning.pacing.Actuals;
import app.goalpost.planning.pacing.DatedValue;
import app.goalpost.planning.pacing.Kpi;
import app.goalpost.planning.pacing.Pacing;
import app.goalpost.review.KpiTracks.TrackedKpi;
import app.goalpost.review.TriggerRules.Holding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The detection rules on fixed days: runs of days, thresholds, the plan's cost per result, reviews, quarters. */
class TriggerRulesTest {

    /** A fiscal year from April: its third quarter is October to December. */
    static final DateRange FISCAL_Q3 = DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
    static final DetectionThresholds DEFAULTS = DetectionThresholds.defaults();

    static Kpi cost(double target) {
        return new Kpi("Cost per lead", Kpi.Unit.MONEY, Kpi.Direction.LOWER_IS_BETTER, Kpi.Aggregation.LEVEL, target,
                FISCAL_Q3, 0.05, Optional.empty());
    }

    static Kpi spend(double target) {
        return new Kpi("Media spend", Kpi.Unit.MONEY, Kpi.Direction.LOWER_IS_BETTER, Kpi.Aggregation.CUMULATIVE,
                target, FISCAL_Q3, 0.05, Optional.empty());
    }

    static Kpi leads(double target, DateRange period) {
        return new Kpi("Leads", Kpi.Unit.COUNT, Kpi.Direction.HIGHER_IS_BETTER, Kpi.Aggregation.CUMULATIVE, target,
                period, 0.05, Optional.of("lead"));
    }

    /** Daily values from the period start up to {@code to}, by day index. */
    static Actuals daily(LocalDate to, DoubleUnaryOperator value) {
        List<DatedValue> points = new ArrayList<>();
        LocalDate start = FISCAL_Q3.start();
        for (LocalDate d = start; !d.isAfter(to); d = d.plusDays(1)) {
            points.add(new DatedValue(d, value.applyAsDouble(d.toEpochDay() - start.toEpochDay())));
        }
        return Actuals.of(points);
    }

    static TrackedKpi tracked(long id, Kpi kpi, Actuals actuals) {
        return new TrackedKpi(id, new Pacing.Track(kpi, actuals, Actuals.empty()));
    }

    static List<Holding> holding(LocalDate today, Map<String, LocalDate> notBefore, TrackedKpi... kpis) {
        return TriggerRules.holding(DEFAULTS, today, List.of(kpis), notBefore);
    }

    static List<Holding> cpa(List<Holding> all) {
        return all.stream().filter(h -> h.kind() == TriggerKind.CPA_ABOVE_PLAN).toList();
    }

    @Test
    void aCostAbovePlanByMoreThanTheThresholdOnSevenDaysInARowFires() {
        LocalDate today = LocalDate.of(2026, 11, 10);
        // on plan (40) until 3 November, then 47 (17.5 % above): 4 to 10 November is 7 days
        Actuals actuals = daily(today, i -> FISCAL_Q3.start().plusDays((long) i).isBefore(LocalDate.of(2026, 11, 4))
                ? 40 : 47);
        assertThat(holding(today, Map.of(), tracked(1, cost(40), actuals))).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(TriggerKind.CPA_ABOVE_PLAN);
            assertThat(h.openKey()).isEqualTo("CPA_ABOVE_PLAN:k1");
            assertThat(h.since()).isEqualTo(LocalDate.of(2026, 11, 4));
            assertThat(h.planned().getAsDouble()).isEqualTo(40);
            assertThat(h.actual().getAsDouble()).isEqualTo(47);
            assertThat(h.days()).isEqualTo(7);
        });
        // one day earlier the run is 6 days: nothing
        assertThat(holding(today.minusDays(1), Map.of(), tracked(1, cost(40), actuals))).isEmpty();
    }

    @Test
    void exactlyTheThresholdIsNotMoreThanIt() {
        LocalDate today = LocalDate.of(2026, 11, 10);
        // (both are also behind: a cost above its target's tolerance is; only the CPA rule is asserted here)
        assertThat(cpa(holding(today, Map.of(), tracked(1, cost(40), daily(today, i -> 46))))).isEmpty();
        assertThat(cpa(holding(today, Map.of(), tracked(1, cost(40), daily(today, i -> 46.01))))).hasSize(1);
    }

    @Test
    void aWeeklyCostHoldsUntilTheNextValue() {
        LocalDate today = LocalDate.of(2026, 11, 10);
        // one value a week (level KPIs: the latest value counts), the last on 2 November at 50
        Actuals weekly = Actuals.of(List.of(new DatedValue(LocalDate.of(2026, 10, 26), 41),
                new DatedValue(LocalDate.of(2026, 11, 2), 50)));
        assertThat(holding(today, Map.of(), tracked(1, cost(40), weekly))).singleElement()
                .satisfies(h -> assertThat(h.since()).isEqualTo(LocalDate.of(2026, 11, 2)));
    }

    @Test
    void spendPerResultAgainstThePlansCostPerResult() {
        LocalDate today = LocalDate.of(2026, 10, 9);
        // plan: 9,200 spend for 460 leads = 20 a lead; actual: 120 a day for 5 leads = 24 (20 % above)
        TrackedKpi spend = tracked(7, spend(9200), daily(today, i -> 120));
        TrackedKpi leads = tracked(8, leads(460, FISCAL_Q3), daily(today, i -> 5));
        assertThat(holding(today, Map.of(), spend, leads)).filteredOn(h -> h.kind() == TriggerKind.CPA_ABOVE_PLAN)
                .singleElement().satisfies(h -> {
                    assertThat(h.openKey()).isEqualTo("CPA_ABOVE_PLAN:s7-r8");
                    assertThat(h.subjectKpiId()).isEqualTo(8);
                    assertThat(h.spendKpiId()).contains(7L);
                    assertThat(h.planned().getAsDouble()).isEqualTo(20);
                    assertThat(h.actual().getAsDouble()).isEqualTo(24);
                    assertThat(h.since()).isEqualTo(FISCAL_Q3.start());
                });
        // results of another period are not what this spend pays for
        TrackedKpi otherPeriod = tracked(9, leads(460, DateRange.of(FISCAL_Q3.start(), LocalDate.of(2026, 11, 30))),
                daily(today, i -> 5));
        assertThat(holding(today, Map.of(), spend, otherPeriod))
                .noneMatch(h -> h.kind() == TriggerKind.CPA_ABOVE_PLAN);
        // a day without any result yet does not count: the run starts on the first day with leads
        TrackedKpi lateLeads = tracked(8, leads(460, FISCAL_Q3), daily(today, i -> i < 3 ? 0 : 5));
        assertThat(holding(today, Map.of(), spend, lateLeads)).isEmpty();
    }

    @Test
    void aKpiBehindFiresOnTheFourteenthDayBehind() {
        // 920 leads over 92 days is 10 a day; 6 a day is behind from day one
        TrackedKpi leads = tracked(3, leads(920, FISCAL_Q3), daily(LocalDate.of(2026, 12, 31), i -> 6));
        assertThat(holding(LocalDate.of(2026, 10, 13), Map.of(), leads)).isEmpty();
        assertThat(holding(LocalDate.of(2026, 10, 14), Map.of(), leads)).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(TriggerKind.KPI_BEHIND);
            assertThat(h.openKey()).isEqualTo("KPI_BEHIND:k3");
            assertThat(h.since()).isEqualTo(FISCAL_Q3.start());
            assertThat(h.days()).isEqualTo(14);
        });
    }

    @Test
    void aReviewRestartsTheCount() {
        TrackedKpi leads = tracked(3, leads(920, FISCAL_Q3), daily(LocalDate.of(2026, 12, 31), i -> 6));
        // reviewed on 20 October (kept the plan): the next run may start on the 21st
        Map<String, LocalDate> notBefore = Map.of("KPI_BEHIND:k3", LocalDate.of(2026, 10, 21));
        assertThat(holding(LocalDate.of(2026, 11, 2), notBefore, leads)).isEmpty();
        assertThat(holding(LocalDate.of(2026, 11, 3), notBefore, leads)).singleElement()
                .satisfies(h -> assertThat(h.since()).isEqualTo(LocalDate.of(2026, 10, 21)));
    }

    @Test
    void aRunNeverReachesBackOverTheQuarterBoundary() {
        // last fiscal quarter's KPI (July to September) was behind all along; this quarter's started on 1 October
        DateRange q2 = DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
        TrackedKpi lastQuarter = tracked(1, leads(920, q2), Actuals.of(List.of(new DatedValue(q2.start(), 1))));
        TrackedKpi thisQuarter = tracked(2, leads(920, FISCAL_Q3), daily(LocalDate.of(2026, 10, 5), i -> 1));
        assertThat(holding(LocalDate.of(2026, 10, 5), Map.of(), lastQuarter, thisQuarter)).isEmpty();
        assertThat(holding(LocalDate.of(2026, 9, 30), Map.of(), lastQuarter)).extracting(Holding::openKey)
                .containsExactly("KPI_BEHIND:k1");
    }

    @Test
    void thresholdsComeFromTheWorkspace() {
        LocalDate today = LocalDate.of(2026, 11, 10);
        TrackedKpi kpi = tracked(1, cost(40), daily(today, i -> 45)); // 12.5 % above
        assertThat(cpa(holding(today, Map.of(), kpi))).isEmpty();
        assertThat(cpa(TriggerRules.holding(new DetectionThresholds(10, 30, 14), today, List.of(kpi), Map.of())))
                .hasSize(1);
        // a run of 45 days needs 45 days of data: 1 October to 10 November is 41
        assertThat(cpa(TriggerRules.holding(new DetectionThresholds(10, 45, 14), today, List.of(kpi), Map.of())))
                .isEmpty();
        // and the KPI is behind (12.5 % above its target, tolerance 5 %) from the first day: 14 days is a run
        assertThat(TriggerRules.holding(new DetectionThresholds(10, 45, 14), today, List.of(kpi), Map.of()))
                .extracting(Holding::kind).containsExactly(TriggerKind.KPI_BEHIND);
    }
}
