package app.goalpost.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.review.ReviewService;
import app.goalpost.review.TriggerKind;
import app.goalpost.shared.ui.DecimalField;
import app.goalpost.shell.NotFoundView;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.MutableClock;
import app.goalpost.support.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review page per role: due line, triggers, keep the plan, policy errors, the dashboard's line, not-found. */
@UiTest
class ReviewsViewTest extends KaribuSupport {

    @Autowired MutableClock clock;
    @Autowired ReviewService reviews;

    AgencyFixture f;

    @BeforeEach
    void agency() {
        // 20 May 2026; the workspaces (Paris, fiscal year from January) are created now: next review 1 July
        clock.reset();
        f = fixtures.agency("reviewui");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffRecordATriggerThenKeepThePlan() {
        signIn(f.manager());
        navigate("w/" + f.ws1() + "/reviews");
        assertThat(text("review-due")).isEqualTo("Review due in 42 days");
        _get(Paragraph.class, spec -> spec.withId("review-history-empty"));

        Select<TriggerKind> kind = _get(Select.class, spec -> spec.withId("review-trigger-kind"));
        kind.setValue(TriggerKind.AUDIENCE_CHANGED);
        _get(TextField.class, spec -> spec.withId("review-trigger-reason")).setValue("Retail buyers now");
        _click(_get(Button.class, spec -> spec.withId("review-trigger-record")));
        assertThat(text("review-due")).isEqualTo("Review due now: audience changed");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("audience changed: Retail buyers now · Member manager-")
                        && t.endsWith("May 20, 2026"));

        _get(TextArea.class, spec -> spec.withId("review-notes")).setValue("Audience checked, plan holds");
        _click(_get(Button.class, spec -> spec.withId("review-keep")));
        assertThat(text("review-due")).isEqualTo("Review due in 42 days");
        assertThat(_get(UI.getCurrent(), com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("review-triggers")).getElement().getTextRecursively()).isEqualTo("No open trigger.");
        Grid<?> history = _get(Grid.class, spec -> spec.withId("review-history"));
        assertThat(GridKt._size(history)).isEqualTo(1);
        assertThat(GridKt._getFormatted(history, 0, "date")).isEqualTo("May 20, 2026");
        assertThat(GridKt._getFormatted(history, 0, "notes")).isEqualTo("Audience checked, plan holds");
        assertThat(GridKt._getFormatted(history, 0, "closed")).isEqualTo("audience changed");
        assertThat(GridKt._getFormatted(history, 0, "decision")).isEqualTo("Plan kept");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCustomIntervalOutOfRangeIsRefusedAtTheField() {
        signIn(f.owner());
        navigate("w/" + f.ws3() + "/reviews");
        Select<app.goalpost.review.ReviewCadenceKind> cadence = _get(Select.class,
                spec -> spec.withId("review-cadence"));
        cadence.setValue(app.goalpost.review.ReviewCadenceKind.CUSTOM);
        DecimalField days = _get(DecimalField.class, spec -> spec.withId("review-interval"));
        days.setValue("3");
        _click(_get(Button.class, spec -> spec.withId("review-policy-save")));
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).isEqualTo("Every (days) must be 7 or more.");
        days.setValue("99999999999");
        _click(_get(Button.class, spec -> spec.withId("review-policy-save")));
        assertThat(days.getErrorMessage()).isEqualTo("Every (days) is too large: at most 366.");
        assertThat(text("review-due")).isEqualTo("Review due in 42 days");

        _get(DecimalField.class, spec -> spec.withId("review-interval")).setValue("30");
        _click(_get(Button.class, spec -> spec.withId("review-policy-save")));
        assertThat(text("review-due")).isEqualTo("Review due in 30 days");
    }

    @Test
    void viewersReadContributorsRecordTriggersOnly() {
        fixtures.signIn(f.manager());
        reviews.recordTrigger(f.ws1Id(), TriggerKind.BUSINESS_GOAL_CHANGED, null);
        signIn(f.client());
        navigate("w/" + f.ws1() + "/reviews");
        assertThat(text("review-due")).isEqualTo("Review due now: business goal changed");
        assertThat(text("review-policy")).isEqualTo("Quarterly (fiscal quarters)");
        assertThat(_find(Button.class, spec -> spec.withId("review-trigger-record"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("review-keep"))).isEmpty();
        assertThat(_find(Select.class, spec -> spec.withId("review-cadence"))).isEmpty();

        signIn(f.contributor());
        navigate("w/" + f.ws2() + "/reviews");
        _get(Button.class, spec -> spec.withId("review-trigger-record"));
        assertThat(_find(Button.class, spec -> spec.withId("review-keep"))).isEmpty();
        assertThat(_find(Select.class, spec -> spec.withId("review-cadence"))).isEmpty();
    }

    @Test
    void theDashboardSaysWhenTheReviewIsDueAndLinksToThePage() {
        signIn(f.manager());
        navigate("w/" + f.ws1() + "/dashboard");
        Button line = _get(Button.class, spec -> spec.withId("dashboard-review-due"));
        assertThat(line.getText()).isEqualTo("Review due in 42 days");
        _click(line);
        _get(ReviewsView.class);

        // overdue after the quarter boundary, in French too
        clock.set(java.time.Instant.parse("2026-07-03T08:00:00Z"));
        navigate("w/" + f.ws1() + "/dashboard");
        assertThat(_get(Button.class, spec -> spec.withId("dashboard-review-due")).getText())
                .isEqualTo("Review overdue since Jul 1, 2026");
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate("w/" + f.ws1() + "/reviews");
        assertThat(text("review-due")).isEqualTo("Revue en retard depuis le 1 juil. 2026");
    }

    @Test
    void foreignWorkspacesAnswerNotFound() {
        AgencyFixture other = fixtures.agency("reviewuiother");
        signIn(f.owner());
        navigate("w/" + other.ws1() + "/reviews");
        _get(NotFoundView.class);
        assertThat(_find(ReviewsView.class)).isEmpty();
        signIn(f.client());
        navigate("w/" + f.ws2() + "/reviews");
        _get(NotFoundView.class);
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }
}
