package app.goalpost.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.planning.pacing.Kpi;
import app.goalpost.review.TriggerDetectionService;
import app.goalpost.shared.ui.DecimalField;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.MutableClock;
import app.goalpost.support.UiTest;
import app.goalpost.workspace.WorkspaceId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The thresholds form and the detected triggers on the review page (20 May 2026, Paris): staff edit with messages at
 * the fields, clients read; a detected trigger says why in the due line and the list, to each workspace's own people.
 */
@UiTest
class DetectionThresholdsFormTest extends KaribuSupport {

    @Autowired MutableClock clock;
    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired TriggerDetectionService detection;

    AgencyFixture f;

    @BeforeEach
    void agency() {
        clock.reset();
        f = fixtures.agency("detectui");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A CPA KPI on plan (40) in April, then 47 (17.5 % above) on each of 14 to 20 May: seven days. */
    void costsRising(WorkspaceId ws) {
        fixtures.signIn(f.manager());
        long kpi = kpis.create(ws, new KpiInput("Cost per lead", Kpi.Unit.MONEY, Kpi.Direction.LOWER_IS_BETTER,
                Kpi.Aggregation.LEVEL, BigDecimal.valueOf(40), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30),
                KpiInput.DEFAULT_TOLERANCE, Optional.empty()));
        Map<LocalDate, Optional<BigDecimal>> rows = new LinkedHashMap<>();
        for (LocalDate d = LocalDate.of(2026, 4, 1); !d.isAfter(LocalDate.of(2026, 5, 20)); d = d.plusDays(1)) {
            rows.put(d, Optional.of(BigDecimal.valueOf(d.isBefore(LocalDate.of(2026, 5, 14)) ? 40 : 47)));
        }
        actuals.save(ws, new KpiId(kpi), Granularity.DAY, rows);
    }

    @Test
    void staffEditTheThresholdsWithMessagesAtTheFields() {
        signIn(f.manager());
        navigate("w/" + f.ws1() + "/reviews");
        assertThat(text("review-thresholds")).isEqualTo("The data makes the review due when a cost is more than 15 %"
                + " above plan for 7 days in a row, or a KPI is behind for 14 days in a row.");
        DecimalField percent = _get(DecimalField.class, spec -> spec.withId("review-threshold-cpa-percent"));
        DecimalField cpaDays = _get(DecimalField.class, spec -> spec.withId("review-threshold-cpa-days"));
        DecimalField behind = _get(DecimalField.class, spec -> spec.withId("review-threshold-behind-days"));
        percent.setValue("0");
        cpaDays.setValue("100");
        behind.setValue("two");
        _click(_get(Button.class, spec -> spec.withId("review-thresholds-save")));
        assertThat(percent.isInvalid()).isTrue();
        assertThat(percent.getErrorMessage()).isEqualTo("Cost above plan by more than (%) must be 1 or more.");
        assertThat(cpaDays.isInvalid()).isTrue();
        assertThat(cpaDays.getErrorMessage()).isEqualTo("For (days in a row) is too large: at most 92.");
        assertThat(behind.isInvalid()).isTrue();
        assertThat(behind.getErrorMessage()).startsWith("KPI behind for (days in a row)");
        // nothing was saved
        assertThat(detection.settings(f.ws1Id()).saved()).isFalse();

        percent.setValue("20");
        cpaDays.setValue("5");
        behind.setValue("10");
        _click(_get(Button.class, spec -> spec.withId("review-thresholds-save")));
        assertThat(text("review-thresholds")).isEqualTo("The data makes the review due when a cost is more than 20 %"
                + " above plan for 5 days in a row, or a KPI is behind for 10 days in a row.");
        assertThat(_get(DecimalField.class, spec -> spec.withId("review-threshold-cpa-percent")).getValue())
                .isEqualTo("20");
    }

    @Test
    void aDetectedTriggerSaysWhyAndClientsReadIt() {
        costsRising(f.ws1Id());
        costsRising(f.ws2Id());
        signIn(f.manager());
        navigate("w/" + f.ws1() + "/reviews");
        assertThat(text("review-due")).isEqualTo("Review due now: ad costs are rising: re-evaluate"
                + " (Cost per lead 18% above plan for 7 days)");
        String list = _get(Div.class, spec -> spec.withId("review-triggers")).getElement().getTextRecursively();
        assertThat(list).isEqualTo("ad costs are rising: re-evaluate: Cost per lead at €47.00 against €40.00 planned,"
                + " 18% above plan since May 14, 2026 (rule: more than 15 % for 7 days) · detected May 20, 2026");
        // people record only their own kinds of trigger
        @SuppressWarnings("unchecked")
        Select<app.goalpost.review.TriggerKind> kind = _get(Select.class, spec -> spec.withId("review-trigger-kind"));
        assertThat(kind.getListDataView().getItems()).noneMatch(app.goalpost.review.TriggerKind::detected);

        // the client of workspace 1 reads the thresholds and the trigger, edits nothing
        signIn(f.client());
        navigate("w/" + f.ws1() + "/reviews");
        assertThat(text("review-thresholds")).startsWith("The data makes the review due when a cost is more than 15 %");
        assertThat(_find(DecimalField.class, spec -> spec.withId("review-threshold-cpa-percent"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("review-thresholds-save"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("review-triggers")).getElement().getTextRecursively())
                .isEqualTo(list);
        // and in French
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate("w/" + f.ws1() + "/reviews");
        assertThat(text("review-due")).startsWith("Revue à faire maintenant : les coûts publicitaires augmentent");
        // workspace 2's trigger is not theirs to see
        navigate("w/" + f.ws2() + "/reviews");
        _get(app.goalpost.shell.NotFoundView.class);
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }
}
