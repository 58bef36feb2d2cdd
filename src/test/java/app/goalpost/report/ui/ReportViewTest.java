package app.goalpost.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.report.BrandingService;
import app.goalpost.report.ReportScheduleService;
import app.goalpost.shell.NotFoundView;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.MutableClock;
import app.goalpost.support.UiTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report page and the branding page per role: content, period choice, schedule form, refusals. */
@UiTest
class ReportViewTest extends KaribuSupport {

    @Autowired MutableClock clock;
    @Autowired KpiService kpis;
    @Autowired BrandingService branding;
    @Autowired ReportScheduleService schedules;

    AgencyFixture f;

    @BeforeEach
    void agency() {
        clock.set(Instant.parse("2026-12-10T10:00:00Z"));
        f = fixtures.agency("reportui");
        fixtures.signIn(f.owner());
        kpis.create(f.ws1Id(), KpiInput.count("Demo requests", 300, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 31)));
        kpis.create(f.ws2Id(), KpiInput.count("Hidden KPI", 10, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 31)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static void open(long workspace, String period) {
        UI.getCurrent().navigate("w/" + workspace + "/report",
                com.vaadin.flow.router.QueryParameters.of("period", period));
    }

    private static String reportHtml() {
        return _get(ReportContent.class).getChildren().filter(Html.class::isInstance).map(Html.class::cast)
                .findFirst().orElseThrow().getInnerHtml();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClientReadsTheirReportPicksAPeriodAndHasNoScheduleForm() {
        signIn(f.client());
        open(f.ws1(), "2026-11");
        assertThat(reportHtml()).contains("Demo requests", "November 2026", "What changed")
                .doesNotContain("Hidden KPI");
        assertThat(_find(Details.class, spec -> spec.withId("report-schedule"))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("report-pdf")).getHref()).isNotBlank();

        Select<Object> kind = _get(Select.class, spec -> spec.withId("report-kind"));
        kind.setValue(app.goalpost.report.ReportPeriod.Kind.WEEK);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getSingleParameter("period")).hasValue("2026-W50");
        assertThat(reportHtml()).contains("Week 50, 2026");

        UI.getCurrent().setLocale(Locale.FRENCH);
        open(f.ws1(), "2026-11");
        assertThat(reportHtml()).contains("Novembre 2026", "Ce qui a changé");
    }

    @Test
    void anotherWorkspaceOrAnotherAgencyOrABadPeriodAnswersNotFound() {
        AgencyFixture other = fixtures.agency("reportuiother");
        signIn(f.client());
        navigate("w/" + f.ws2() + "/report");
        _get(NotFoundView.class);
        open(f.ws1(), "2026-13");
        _get(NotFoundView.class);
        signIn(f.owner());
        navigate("w/" + other.ws1() + "/report");
        _get(NotFoundView.class);
        assertThat(_find(ReportView.class)).isEmpty();
    }

    @Test
    void staffSetTheDeliveryAndABadAddressIsRefusedAtTheField() {
        signIn(f.manager());
        open(f.ws1(), "2026-11");
        _get(Checkbox.class, spec -> spec.withId("schedule-enabled")).setValue(true);
        TextArea recipients = _get(TextArea.class, spec -> spec.withId("schedule-recipients"));
        recipients.setValue("ceo@client.example\nnot-an-address");
        _click(_get(Button.class, spec -> spec.withId("schedule-save")));
        recipients = _get(TextArea.class, spec -> spec.withId("schedule-recipients"));
        assertThat(recipients.isInvalid()).isTrue();
        assertThat(recipients.getErrorMessage()).contains("not-an-address");
        assertThat(schedules.schedule(f.ws1Id()).version()).isEqualTo(-1);

        recipients.setValue("CEO@Client.example\nfinance@client.example");
        _click(_get(Button.class, spec -> spec.withId("schedule-save")));
        assertThat(schedules.schedule(f.ws1Id()).recipients())
                .containsExactly("ceo@client.example", "finance@client.example");
        assertThat(schedules.schedule(f.ws1Id()).enabled()).isTrue();
        // no SMTP in the tests: the form says nothing will be sent
        _get(Paragraph.class, spec -> spec.withId("schedule-no-mail"));
    }

    @Test
    void theOwnerBrandsReportsTheAdminOnlyReadsAndOthersCannotOpenThePage() {
        signIn(f.owner());
        navigate("branding");
        _get(TextField.class, spec -> spec.withId("branding-accent")).setValue("blue");
        _click(_get(Button.class, spec -> spec.withId("branding-save")));
        TextField accent = _get(TextField.class, spec -> spec.withId("branding-accent"));
        assertThat(accent.isInvalid()).isTrue();
        assertThat(accent.getErrorMessage()).isEqualTo("Enter a colour as #RRGGBB, for example #1565c0.");
        assertThat(branding.branding().version()).isEqualTo(-1);

        _get(TextField.class, spec -> spec.withId("branding-name")).setValue("Reportui Studio");
        accent.setValue("#AA3300");
        _click(_get(Button.class, spec -> spec.withId("branding-save")));
        assertThat(branding.branding().displayName()).isEqualTo("Reportui Studio");

        BrandingView view = _get(BrandingView.class);
        Paragraph error = new Paragraph();
        view.receiveLogo("GIF89a not a png".getBytes(), branding.branding().version(), error);
        assertThat(error.getText()).isEqualTo("The logo must be a PNG or JPEG image.");
        assertThat(branding.branding().logo()).isEmpty();

        open(f.ws1(), "2026-11");
        assertThat(reportHtml()).contains("Reportui Studio", "#aa3300");

        signIn(f.admin());
        navigate("branding");
        assertThat(_get(TextField.class, spec -> spec.withId("branding-name")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("branding-save"))).isEmpty();
        _get(Paragraph.class, spec -> spec.withId("branding-intro").withText(
                "Only the agency owner can change the report branding."));

        signIn(f.manager());
        navigate("branding");
        assertThat(_find(BrandingView.class)).isEmpty();
        signIn(f.client());
        navigate("branding");
        assertThat(_find(BrandingView.class)).isEmpty();
    }
}
