package app.goalpost.scenario.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.funnel.BaselineId;
import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.FunnelTestData;
import app.goalpost.scenario.ScenarioId;
import app.goalpost.scenario.ScenarioService;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Scenario addresses: a new draft has its own route, saving lands on the saved scenario's address. */
@UiTest
class ScenarioNavigationTest extends KaribuSupport {

    @Autowired FunnelService funnels;
    @Autowired ScenarioService scenarios;

    AgencyFixture f;
    long baseline;
    long scenario;

    @BeforeEach
    void data() {
        f = fixtures.agency("scennav");
        fixtures.signIn(f.owner());
        baseline = FunnelTestData.workedExample(funnels, f.ws1());
        scenario = scenarios.create(f.ws1Id(), ScenariosViewTest.form(baseline, "Plan A"));
        signIn(f.manager());
    }

    @Test
    void aNewDraftHasItsOwnAddressAndSavingOpensTheSavedScenario() {
        ScenarioNavigation.scenarios(f.ws1Id());
        _click(_get(Button.class, spec -> spec.withId("new-scenario")));
        assertThat(path()).isEqualTo("w/" + f.ws1() + "/scenarios/" + baseline + "/new");
        assertThat(_find(Button.class, spec -> spec.withId("duplicate-scenario"))).isEmpty();

        _get(TextField.class, spec -> spec.withId("scenario-name")).setValue("Plan B");
        _click(_get(Button.class, spec -> spec.withId("save-scenario")));
        long created = scenarios.list(f.ws1Id(),
                new BaselineId(baseline)).stream().filter(s -> s.name().equals("Plan B"))
                .findFirst().orElseThrow().id();
        assertThat(path()).isEqualTo("w/" + f.ws1() + "/scenarios/" + baseline);
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("scenario"))
                .contains(String.valueOf(created));
        assertThat(_get(TextField.class, spec -> spec.withId("scenario-name")).getValue()).isEqualTo("Plan B");
    }

    @Test
    void savingAgainOnTheSameAddressShowsTheSavedVersion() {
        ScenarioNavigation.scenario(f.ws1Id(), new BaselineId(baseline), new ScenarioId(scenario));
        _get(TextField.class, spec -> spec.withId("scenario-name")).setValue("Plan A2");
        _click(_get(Button.class, spec -> spec.withId("save-scenario")));
        // the page was rebuilt from the saved scenario (a second save does not conflict with a stale version)
        _get(TextField.class, spec -> spec.withId("scenario-name")).setValue("Plan A3");
        _click(_get(Button.class, spec -> spec.withId("save-scenario")));
        assertThat(scenarios.get(f.ws1Id(), new ScenarioId(scenario)).name()).isEqualTo("Plan A3");
    }

    private static String path() {
        return UI.getCurrent().getActiveViewLocation().getPath();
    }
}
