package app.goalpost.funnel.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.funnel.BaselineData;
import app.goalpost.funnel.FunnelService;
import app.goalpost.planning.funnel.BaselineMethod;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import app.goalpost.shared.ui.DecimalField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A startup's baseline from benchmarks and a budget: proposed method, industry set, volumes from the engine. */
@UiTest
class BenchmarkBaselineUiTest extends KaribuSupport {

    @Autowired FunnelService funnels;

    @Test
    void aStartupGetsVolumesFromTheBudgetAndTheIndustryBenchmarks() {
        AgencyFixture f = fixtures.agency("bench");
        signIn(f.owner());
        navigate("w/" + f.ws1() + "/funnel");
        assertThat(_get(Paragraph.class, spec -> spec.withId("method-recommendation")).getText())
                .contains("Benchmarks + budget").contains("planned marketing budget");
        _click(_get(Button.class, spec -> spec.withId("use-default-stages")));
        @SuppressWarnings("unchecked")
        ComboBox<BaselineMethod> method = _get(ComboBox.class, spec -> spec.withId("baseline-method"));
        assertThat(method.getValue()).isEqualTo(BaselineMethod.BENCHMARKS_AND_BUDGET);
        DecimalField budget = _get(DecimalField.class, spec -> spec.withId("benchmark-budget"));
        assertThat(budget.getLabel()).contains("USD");
        _click(_get(Button.class, spec -> spec.withId("benchmark-compute")));
        assertThat(budget.isInvalid()).isTrue();

        budget.setDecimal(new BigDecimal("15500"));
        _click(_get(Button.class, spec -> spec.withId("benchmark-compute")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("benchmark-note")).getText())
                .contains("nothing for: Website visitors").contains("Benchmark costs are in USD");
        BaselineGrid grid = _get(BaselineGrid.class);
        // 15,500 USD at the B2B SaaS cost per lead of 310 USD: 50 leads, then the benchmark rates
        assertThat(grid.rows().get(1).volume()).isEqualByComparingTo("50");
        assertThat(grid.rows().get(2).volume()).isEqualByComparingTo("19.5");
        _click(_get(Button.class, spec -> spec.withId("save-baseline")));

        BaselineData saved = funnels.currentBaseline(f.ws1Id()).orElseThrow();
        assertThat(saved.method()).isEqualTo(BaselineMethod.BENCHMARKS_AND_BUDGET);
        assertThat(saved.benchmarkSet()).contains("b2b-saas");
        assertThat(saved.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("15500"));
        assertThat(saved.rows().get(1).volume()).isEqualByComparingTo("50");
    }
}
