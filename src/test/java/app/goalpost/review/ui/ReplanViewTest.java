package app.goalpost.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.KpiService;
import app.goalpost.review.ReplanPage;
import app.goalpost.review.ReplanTestData;
import app.goalpost.review.ReviewService;
import app.goalpost.review.TriggerKind;
import app.goalpost.shell.NotFoundView;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.MutableClock;
import app.goalpost.support.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review itself per role: staff re-plan, contributors and viewers read, strangers get not-found. */
@UiTest
class ReplanViewTest extends KaribuSupport {

    @Autowired MutableClock clock;
    @Autowired ReplanTestData data;
    @Autowired ReviewService reviews;
    @Autowired KpiService kpis;

    AgencyFixture f;
    ReplanTestData.Workspace ws;

    @BeforeEach
    void agency() {
        clock.set(Instant.parse("2026-11-15T10:00:00Z"));
        f = fixtures.agency("replanui");
        fixtures.signIn(f.owner());
        ws = data.planOfRecordWithQ3Actuals(f.ws2Id(), ReplanTestData.Q3_ACTUALS);
        fixtures.signIn(f.contributor());
        reviews.recordTrigger(f.ws2Id(), TriggerKind.AD_COSTS_RISING, "CPC up");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffComparePlansThenReplanAndSeeTheRecord() {
        signIn(f.manager());
        navigate("w/" + f.ws2() + "/reviews");
        _click(_get(Button.class, spec -> spec.withId("review-hold")));
        _get(ReplanView.class);
        assertThat(text("replan-plan")).startsWith("Q4 growth: +15% Customers (21 whole units)");
        assertThat(text("replan-basis")).isEqualTo("Previous period (the workspace’s method): actuals of "
                + "Jul 1, 2026 – Sep 30, 2026, for a plan over Oct 1, 2026 – Dec 31, 2026.");
        assertThat(_get(Div.class, spec -> spec.withId("replan-triggers")).getElement().getTextRecursively())
                .contains("ad costs rising: CPC up");
        Grid<?> kpiGrid = _get(Grid.class, spec -> spec.withId("replan-kpis"));
        assertThat(GridKt._size(kpiGrid)).isEqualTo(12); // the plan's six and the six Q3 stage KPIs
        Grid<?> proposal = _get(Grid.class, spec -> spec.withId("replan-proposal"));
        assertThat(GridKt._getFormatted(proposal, 0, "volume")).isEqualTo("24,000");
        assertThat(GridKt._getFormatted(proposal, 0, "source")).isEqualTo("Actuals (2 days with data)");
        Grid<?> compare = _get(Grid.class, spec -> spec.withId("replan-compare"));
        assertThat(GridKt._getFormatted(compare, 5, "targetBefore")).isEqualTo("21");
        assertThat(GridKt._getFormatted(compare, 5, "targetAfter")).isEqualTo("23");
        Grid<?> rates = _get(Grid.class, spec -> spec.withId("replan-rates"));
        assertThat(GridKt._getFormatted(rates, 0, "planned")).isEqualTo("3.5%");
        assertThat(GridKt._getFormatted(rates, 0, "actual")).isEqualTo("–");

        MultiSelectComboBox<ReplanPage.Person> people = _get(MultiSelectComboBox.class,
                spec -> spec.withId("replan-participants"));
        Set<ReplanPage.Person> chosen = people.getListDataView().getItems()
                .filter(p -> p.name().startsWith("Member contrib-")).collect(Collectors.toSet());
        people.setValue(chosen);
        _get(TextArea.class, spec -> spec.withId("replan-notes")).setValue("Q3 converted better");
        Button adopt = _get(Button.class, spec -> spec.withId("replan-adopt"));
        assertThat(adopt.isEnabled()).isTrue();
        _click(adopt);

        _get(ReviewRecordView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("record-decision")).getText())
                .startsWith("Decision: Re-planned");
        assertThat(div("record-participants")).startsWith("Member contrib-");
        assertThat(div("record-notes")).isEqualTo("Q3 converted better");
        assertThat(div("record-closed")).startsWith("ad costs rising: CPC up");
        Grid<?> after = _get(Grid.class, spec -> spec.withId("record-after-targets"));
        assertThat(GridKt._getFormatted(after, 5, "target")).isEqualTo("23");
        Grid<?> before = _get(Grid.class, spec -> spec.withId("record-before-targets"));
        assertThat(GridKt._getFormatted(before, 5, "target")).isEqualTo("21");
        assertThat(kpis.list(f.ws2Id(), false)).filteredOn(k -> k.sourceScenarioId().isPresent()
                && k.stageKey().equals(Optional.of("customer"))).singleElement()
                .satisfies(k -> assertThat(k.target().intValue()).isEqualTo(23));

        // the past reviews list it and open it again
        navigate("w/" + f.ws2() + "/reviews");
        Grid<?> history = _get(Grid.class, spec -> spec.withId("review-history"));
        assertThat(GridKt._size(history)).isEqualTo(1);
        assertThat(GridKt._getFormatted(history, 0, "decision")).isEqualTo("Re-planned");
    }

    @Test
    void contributorsAndViewersReadTheReviewAndItsOutcome() {
        signIn(f.contributor());
        navigate("w/" + f.ws2() + "/reviews/hold");
        assertThat(text("replan-intro")).startsWith("Agency staff hold the review");
        _get(Grid.class, spec -> spec.withId("replan-compare"));
        assertThat(_find(Button.class, spec -> spec.withId("replan-adopt"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("replan-keep"))).isEmpty();

        signIn(f.manager());
        navigate("w/" + f.ws2() + "/reviews/hold");
        _click(_get(Button.class, spec -> spec.withId("replan-keep")));
        _get(ReviewRecordView.class);

        signIn(f.contributor());
        navigate("w/" + f.ws2() + "/reviews");
        Grid<?> history = _get(Grid.class, spec -> spec.withId("review-history"));
        assertThat(GridKt._getFormatted(history, 0, "decision")).isEqualTo("Plan kept");
        GridKt._clickItem(history, 0);
        _get(ReviewRecordView.class);
        assertThat(div("record-participants")).isEqualTo("None listed");
    }

    @Test
    void strangersGetNotFoundAlsoWhenGuessingAReviewId() {
        signIn(f.manager());
        navigate("w/" + f.ws2() + "/reviews/hold");
        _click(_get(Button.class, spec -> spec.withId("replan-keep")));
        String url = currentPath();
        AgencyFixture other = fixtures.agency("replanuiother");
        signIn(f.client()); // viewer of ws1 only
        navigate("w/" + f.ws2() + "/reviews/hold");
        _get(NotFoundView.class);
        navigate(url);
        _get(NotFoundView.class);
        navigate(url.replace("w/" + f.ws2() + "/", "w/" + f.ws1() + "/"));
        _get(NotFoundView.class);
        signIn(other.owner());
        navigate(url);
        _get(NotFoundView.class);
        navigate(url.replace("w/" + f.ws2() + "/", "w/" + other.ws2() + "/"));
        _get(NotFoundView.class);
        assertThat(_find(ReviewRecordView.class)).isEmpty();
    }

    private static String currentPath() {
        return com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static String div(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getText();
    }
}
