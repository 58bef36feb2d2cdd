package app.goalpost.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.planning.RandomFunnels.PlanCase;
import app.goalpost.planning.funnel.Funnel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The property-test harness itself: deterministic, reproducible, and reaching the edge cases it promises. */
class RandomFunnelsTest {

    @Test
    void sameSeedSameCase() {
        assertThat(new RandomFunnels(42).planCase()).isEqualTo(new RandomFunnels(42).planCase());
        assertThat(new RandomFunnels(42).funnel()).isNotEqualTo(new RandomFunnels(43).funnel());
    }

    @Test
    void aFailureNamesTheCaseSeedAndInputAndTheSeedReproducesIt() {
        List<Long> seeds = new ArrayList<>();
        assertThatThrownBy(() -> RandomFunnels.forAll("demo", 7, 100, RandomFunnels::funnel, f -> {
            assertThat(f.size()).isLessThan(10);
        }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("property demo failed on case")
                .hasMessageContaining("base seed 0x7")
                .hasMessageContaining("-Dplanning.seed=")
                .hasMessageContaining("input: Funnel[stages=[Stage[name=S0")
                .satisfies(e -> seeds.add(Long.parseLong(
                        e.getMessage().replaceAll("(?s).*-Dplanning\\.seed=(-?\\d+).*", "$1"))));
        assertThat(new RandomFunnels(seeds.get(0)).funnel().size()).isEqualTo(10);
    }

    @Test
    void funnelsReachTheEdgeCases() {
        List<Funnel> funnels = RandomFunnels.forAll("funnels", 1, 400, RandomFunnels::funnel, f -> { });
        assertThat(funnels).as("2-stage funnels").anyMatch(f -> f.size() == 2);
        assertThat(funnels).as("10-stage funnels").anyMatch(f -> f.size() == 10);
        assertThat(funnels).as("a top of one unit").anyMatch(f -> f.volume(0) == 1);
        assertThat(funnels).as("huge tops").anyMatch(f -> f.volume(0) >= 1e9);
        assertThat(funnels).as("zero volumes").anyMatch(f -> f.stages().stream().anyMatch(s -> s.volume() == 0));
        assertThat(funnels).as("rates above 100%").anyMatch(f -> f.volume(1) > f.volume(0));
        assertThat(funnels).as("fractional volumes")
                .anyMatch(f -> f.stages().stream().anyMatch(s -> s.volume() != Math.rint(s.volume())));
        assertThat(funnels).as("no spend").anyMatch(f -> f.stage(0).spend().isEmpty());
        assertThat(funnels).as("zero spend")
                .anyMatch(f -> f.stage(0).spend().map(m -> m.amount().signum() == 0).orElse(false));
        assertThat(funnels).as("spend").anyMatch(f -> f.stage(0).spend().map(m -> m.amount().signum() > 0)
                .orElse(false));
    }

    @Test
    void planCasesReachTheEdgeCases() {
        List<PlanCase> cases = RandomFunnels.forAll("planCases", 2, 400, RandomFunnels::planCase, c -> { });
        assertThat(cases).as("goal on the last stage").anyMatch(c -> c.goal().stage() == c.funnel().last());
        assertThat(cases).as("goal on stage 1").anyMatch(c -> c.goal().stage() == 1);
        assertThat(cases).as("whole-unit goals").anyMatch(c -> c.goal().wholeUnits());
        assertThat(cases).as("exact goals").anyMatch(c -> !c.goal().wholeUnits());
        assertThat(cases).as("ceilings").anyMatch(c -> !c.ceilings().byStep().isEmpty());
        assertThat(cases).as("no ceilings").anyMatch(c -> c.ceilings().byStep().isEmpty());
        assertThat(cases.stream().map(c -> c.strategy().getClass()).distinct().count()).as("strategy kinds")
                .isEqualTo(4);
    }
}
