package app.goalpost.funnel.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.scenario.LeverKind;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/method.md typed through the pages: the baseline 20,000 → 600 → 150 → 90 → 45 → 18 in the grid,
 * then the default scenario (+15% customers through Visitor→Lead) shows 3.45% against 3.5%, and the traffic lever
 * 23,334 visitors.
 */
@UiTest
class WorkedExampleUiTest extends KaribuSupport {

    @Test
    void theMethodsFiguresAppearOnScreen() {
        AgencyFixture f = fixtures.agency("worked");
        signIn(f.owner());
        navigate("w/" + f.ws2() + "/funnel");
        _click(_get(Button.class, spec -> spec.withId("use-default-stages")));
        BaselineGrid grid = _get(BaselineGrid.class);
        long[] volumes = {20_000, 600, 150, 90, 45, 18};
        for (int i = 0; i < volumes.length; i++) {
            FunnelViewTest.edit(grid, i);
            grid.volumeEditor().setDecimal(BigDecimal.valueOf(volumes[i]));
        }
        FunnelViewTest.edit(grid, 0);
        grid.spendEditor().setDecimal(new BigDecimal("10000"));
        _click(_get(Button.class, spec -> spec.withId("save-baseline")));

        navigate("w/" + f.ws2() + "/scenarios");
        String messages = _get(UnorderedList.class, spec -> spec.withId("result-messages")).getElement()
                .getTextRecursively();
        assertThat(messages).contains("Target: 20.7 Customers, rounded up to 21 whole Customers")
                .contains("3.45%").contains("3.5%").contains("No extra media spend");
        assertThat(messages).contains("Website visitors → Leads: 3.45% reaches the exact 20.7 Customers; "
                + "3.5% is needed for 21 whole Customers.");
        _click(_get(Button.class, spec -> spec.withId("save-scenario")));
        assertThat(GridKt._getFormattedRow(compare(), 5)).contains("18", "21");
        // the goal row writes the percentage as the locale does ("+15%" in English), like every other percentage
        assertThat(GridKt._getFormattedRow(compare(), 6)).contains("+15% Customers");

        @SuppressWarnings("unchecked")
        Select<LeverKind> lever = _get(Select.class, spec -> spec.withId("lever-kind"));
        lever.setValue(LeverKind.VOLUME);
        assertThat(GridKt._getFormattedRow(stages(), 0)).contains("20,000", "23,334", "23,333.33");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("result-messages")).getElement().getTextRecursively())
                .contains("Website visitors: 23,333.3 exactly, rounded up to 23,334 whole.")
                .contains("Extra media spend: 3,334 more Website visitors")
                // the same money format as the tables, not the engine's plain "1,667.00 EUR"
                .contains("at the current cost, €1,667.00.");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> stages() {
        return _get(Grid.class, spec -> spec.withId("result-stages"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> compare() {
        return _get(Grid.class, spec -> spec.withId("scenarios-compare"));
    }
}
