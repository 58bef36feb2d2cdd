package app.goalpost.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.KpiAnnotationService;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.KpiSummary;
import app.goalpost.kpi.PacingService;
import app.goalpost.shared.ui.DecimalField;
import app.goalpost.shared.ui.HistoryTable;
import app.goalpost.support.ChartOptions;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The KPI page's reason field, History section and notes form, per role. */
@UiTest
class KpiHistoryViewsTest extends KaribuSupport {

    @Autowired KpiService kpis;
    @Autowired KpiAnnotationService notes;
    @Autowired PacingService pacing;

    AgencyFixture f;
    long kpi;
    LocalDate today;

    @BeforeEach
    void agency() {
        f = fixtures.agency("histui");
        fixtures.signIn(f.owner());
        today = pacing.today(f.ws1Id());
        kpi = kpis.create(f.ws1Id(), KpiInput.count("Leads", 200, today.minusDays(20), today.plusDays(20)));
    }

    @Test
    void aTargetChangeAsksForAReasonNextToTheFieldAndShowsInTheHistory() {
        signIn(f.manager());
        navigate("w/" + f.ws1() + "/kpis");
        @SuppressWarnings("unchecked")
        Grid<KpiSummary> list = _get(Grid.class, spec -> spec.withId("kpi-grid"));
        _click((Button) GridKt._getCellComponent(list, 0, "actions").getChildren()
                .filter(c -> c.getId().orElse("").equals("kpi-edit-" + kpi)).findFirst().orElseThrow());
        _get(DecimalField.class, spec -> spec.withId("kpi-target")).setDecimal(new BigDecimal("300"));
        _click(_get(Button.class, spec -> spec.withId("kpi-save")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("kpi-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Say why the target, period or tolerance changes");
        assertThat(kpis.get(f.ws1Id(), new KpiId(kpi)).target()).isEqualByComparingTo("200");
        reason.setValue("Client doubled the budget");
        _click(_get(Button.class, spec -> spec.withId("kpi-save")));
        assertThat(kpis.get(f.ws1Id(), new KpiId(kpi)).target()).isEqualByComparingTo("300");

        // the client viewer reads it on the KPI page: the section loads when opened
        signIn(f.client());
        navigate("w/" + f.ws1() + "/kpis/" + kpi);
        HistoryTable history = _get(HistoryTable.class, spec -> spec.withId("kpi-history"));
        assertThat(history.isOpened()).isFalse();
        history.setOpened(true);
        @SuppressWarnings("unchecked")
        Grid<HistoryTable.Row> grid = _get(Grid.class, spec -> spec.withId("kpi-history-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        HistoryTable.Row row = GridKt._get(grid, 0);
        assertThat(row.what()).isEqualTo("Target");
        assertThat(row.change()).isEqualTo("200 → 300");
        assertThat(row.why()).isEqualTo("Client doubled the budget");
        assertThat(row.who()).isEqualTo("Member " + f.manager());
        assertThat(_find(Button.class, spec -> spec.withId("kpi-history-more"))).isEmpty();
        // the chart marks the step where the target changed
        assertThat(ChartOptions.lastSent(_get(KpiChart.class, spec -> spec.withId("kpi-chart"))))
                .contains("Target 200 → 300").contains("Client doubled the budget");
    }

    @Test
    void aContributorAddsANoteRefusedInputShowsAtTheFieldAndTheChartMarksIt() {
        fixtures.signIn(f.owner());
        long ws2Kpi = kpis.create(f.ws2Id(), KpiInput.count("Deals", 50, today.minusDays(20), today.plusDays(20)));
        signIn(f.contributor());
        navigate("w/" + f.ws2() + "/kpis/" + ws2Kpi);
        _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("annotation-empty"));
        TextArea text = _get(TextArea.class, spec -> spec.withId("annotation-text"));
        DatePicker day = _get(DatePicker.class, spec -> spec.withId("annotation-day"));
        _click(_get(Button.class, spec -> spec.withId("annotation-save")));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Write the note.");
        day.setValue(today.plusDays(30));
        text.setValue("Campaign launched");
        _click(_get(Button.class, spec -> spec.withId("annotation-save")));
        assertThat(day.isInvalid()).isTrue();
        assertThat(day.getErrorMessage()).startsWith("Pick a day within the KPI’s period");
        day.setValue(today.minusDays(2));
        _click(_get(Button.class, spec -> spec.withId("annotation-save")));
        assertThat(day.isInvalid()).isFalse();
        assertThat(text.getValue()).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("annotation-list")).getElement().getTextRecursively())
                .contains("Campaign launched");
        assertThat(ChartOptions.lastSent(_get(KpiChart.class, spec -> spec.withId("kpi-chart"))))
                .contains("Campaign launched").contains("\"gpMark\":\"note\"");
        long id = notes.timeline(f.ws2Id(), new KpiId(ws2Kpi)).notes().getFirst().id();
        _click(_get(Button.class, spec -> spec.withId("annotation-edit-" + id)));
        text.setValue("Campaign launched (TV)");
        _click(_get(Button.class, spec -> spec.withId("annotation-save")));
        assertThat(notes.timeline(f.ws2Id(), new KpiId(ws2Kpi)).notes().getFirst().text())
                .isEqualTo("Campaign launched (TV)");
        _click(_get(Button.class, spec -> spec.withId("annotation-delete-" + id)));
        assertThat(notes.timeline(f.ws2Id(), new KpiId(ws2Kpi)).notes()).isEmpty();
    }

    @Test
    void aViewerReadsNotesButHasNoFormAndNoEditButtons() {
        signIn(f.manager());
        long id = notes.add(f.ws1Id(), new KpiId(kpi), today, "Price rise");
        signIn(f.client());
        navigate("w/" + f.ws1() + "/kpis/" + kpi);
        assertThat(_get(Div.class, spec -> spec.withId("annotation-list")).getElement().getTextRecursively())
                .contains("Price rise");
        assertThat(_find(TextArea.class, spec -> spec.withId("annotation-text"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("annotation-edit-" + id))).isEmpty();
        assertThat(_find(Details.class, spec -> spec.withId("kpi-history"))).hasSize(1);
    }
}
