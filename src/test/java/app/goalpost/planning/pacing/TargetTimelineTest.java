package app.goalpost.planning.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The maths of a target change on the chart: the past is judged against the target valid then. */
class TargetTimelineTest {

    private static final LocalDate FEB1 = LocalDate.of(2026, 2, 1);
    private static final LocalDate MAR1 = LocalDate.of(2026, 3, 1);

    @Test
    void aRaisedTargetStepsThe100PercentLineAndTheExpectedPace() {
        // Q1 goal raised from 200 to 300 on Feb 1 (day 31); 120 reached by Feb 14
        Kpi leads = Kpi.cumulative("Leads", 300, PacingTest.Q1);
        PacingSeries s = Pacing.series(leads, PacingTest.weekly(LocalDate.of(2026, 1, 7), 20, 20, 20, 20, 20, 20),
                PacingTest.FEB14);
        TargetTimeline t = TargetTimeline.of(300, List.of(new TargetTimeline.Change(FEB1, 200, 300)));

        assertThat(t.targetOn(LocalDate.of(2026, 1, 31))).isEqualTo(200);
        assertThat(t.targetOn(FEB1)).isEqualTo(300);
        // the 100 % line: two thirds of today's goal before the change, the whole goal from it
        assertThat(t.scale(s.date(30))).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(t.scale(s.date(31))).isEqualTo(1);
        // the expected pace of January is the old goal's: day 30 of 90 expects 31/90 of 200, shown against 300
        assertThat(t.expected(s, 30)).isCloseTo(s.expected(30) * 2 / 3, within(1e-12));
        assertThat(t.expected(s, 31)).isEqualTo(s.expected(31));
        // 80 reached by Jan 28 (day 27) was 40 % of the goal then, not 26.7 % of today's
        assertThat(s.actual(27) * 300).isCloseTo(80, within(1e-9));
        assertThat(t.actualAgainstThen(s, 27)).isCloseTo(0.4, within(1e-12));
        assertThat(t.actualAgainstThen(s, 44)).isCloseTo(0.4, within(1e-12)); // 120 of 300
        assertThat(t.stepsIn(s)).extracting(TargetTimeline.Change::from).containsExactly(FEB1);
    }

    @Test
    void severalChangesEachHoldUntilTheNext() {
        TargetTimeline t = TargetTimeline.of(400, List.of(new TargetTimeline.Change(MAR1, 300, 400),
                new TargetTimeline.Change(FEB1, 200, 300)));
        assertThat(t.targetOn(LocalDate.of(2026, 1, 15))).isEqualTo(200);
        assertThat(t.targetOn(LocalDate.of(2026, 2, 15))).isEqualTo(300);
        assertThat(t.targetOn(MAR1)).isEqualTo(400);
        assertThat(t.scale(LocalDate.of(2026, 1, 15))).isEqualTo(0.5);
    }

    @Test
    void aChangeBeforeThePeriodOrNoneLeavesTheChartAsItWas() {
        Kpi leads = Kpi.cumulative("Leads", 300, PacingTest.Q1);
        PacingSeries s = Pacing.series(leads, PacingTest.weekly(LocalDate.of(2026, 1, 7), 20), PacingTest.FEB14);
        TargetTimeline before = TargetTimeline.of(300,
                List.of(new TargetTimeline.Change(LocalDate.of(2025, 12, 1), 100, 300)));
        assertThat(before.scale(s.date(0))).isEqualTo(1);
        assertThat(before.stepsIn(s)).isEmpty();
        assertThat(TargetTimeline.none().expected(s, 10)).isEqualTo(s.expected(10));
        assertThat(TargetTimeline.of(300, List.of()).isEmpty()).isTrue();
    }

    @Test
    void aLoweredTargetStepsDownAndTheOldGoalShowsAbove100Percent() {
        TargetTimeline t = TargetTimeline.of(150, List.of(new TargetTimeline.Change(FEB1, 300, 150)));
        assertThat(t.scale(LocalDate.of(2026, 1, 31))).isEqualTo(2);
        assertThat(t.scale(FEB1)).isEqualTo(1);
    }
}
