package app.goalpost.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.funnel.BaselineId;
import app.goalpost.funnel.StageId;
import app.goalpost.kpi.KpiId;
import app.goalpost.scenario.ScenarioId;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/** The typed ids refuse what no database row can have, and a route parameter becomes one in one place. */
class TypedIdsTest {

    private static final List<LongFunction<?>> ALL =
            List.of(WorkspaceId::new, BaselineId::new, StageId::new, ScenarioId::new, KpiId::new);

    @Test
    void everyIdRefusesZeroAndNegatives() {
        for (LongFunction<?> id : ALL) {
            assertThatThrownBy(() -> id.apply(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be positive, was 0");
            assertThatThrownBy(() -> id.apply(-7)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("was -7");
            assertThatThrownBy(() -> id.apply(Long.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anIdKeepsItsValueAndComparesByIt() {
        assertThat(new KpiId(42).value()).isEqualTo(42L);
        assertThat(new WorkspaceId(Long.MAX_VALUE).value()).isEqualTo(Long.MAX_VALUE);
        assertThat(new BaselineId(3)).isEqualTo(new BaselineId(3)).isNotEqualTo(new BaselineId(4));
        // the route builders write the number, not the record's default text
        assertThat(new ScenarioId(9)).hasToString("9");
    }

    @Test
    void aRouteParameterIsParsedIntoATypedIdOrAnswersNotFound() {
        assertThat(WorkspaceScopedView.parseId("12", WorkspaceId::new)).isEqualTo(new WorkspaceId(12));
        assertThat(WorkspaceScopedView.parseId("5", KpiId::new)).isEqualTo(new KpiId(5));
        for (String bad : List.of("0", "-3", "", "abc", "1.5", "99999999999999999999")) {
            assertThatThrownBy(() -> WorkspaceScopedView.parseId(bad, WorkspaceId::new))
                    .as(bad).isInstanceOf(WorkspaceNotFoundException.class);
        }
    }
}
