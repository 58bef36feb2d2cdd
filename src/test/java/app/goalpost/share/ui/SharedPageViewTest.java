package app.goalpost.share.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.share.ShareFixtures;
import app.goalpost.report.BrandingService;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import app.goalpost.share.ShareLinkService;
import app.goalpost.shell.MainLayout;
import app.goalpost.support.ChartOptions;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.MutableClock;
import app.goalpost.support.UiTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.RouterLink;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shared page as an anonymous visitor sees it: the dashboard alone, the password form, the one not-found page. */
@UiTest
class SharedPageViewTest extends KaribuSupport {

    @Autowired ShareFixtures shareFixtures;
    @Autowired ShareLinkService shares;
    @Autowired JdbcClient jdbc;
    @Autowired BrandingService branding;
    @Autowired MutableClock clock;

    AgencyFixture f;
    long leads;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    @BeforeEach
    void agency() {
        clock.reset();
        jdbc.sql("DELETE FROM throttle_event").update();
        f = fixtures.agency("shareview");
        leads = shareFixtures.kpi(f, f.ws1Id(), "Shared leads");
        shareFixtures.kpi(f, f.ws2Id(), "Unshared pipeline");
    }

    @Test
    void anAnonymousVisitorSeesTheReadOnlyDashboardAndNothingElse() {
        String token = shareFixtures.link(f.owner(), f.ws1Id(), "");
        navigate("s/" + token);
        _get(SharedPageView.class);
        assertThat(_get(H1.class, spec -> spec.withId("shared-title")).getText()).startsWith("shareview Alpha");
        var card = _get(SharedKpiCard.class, spec -> spec.withId("shared-kpi-" + leads));
        assertThat(_get(card, Span.class, spec -> spec.withClasses("gp-kpi-name")).getText()).isEqualTo("Shared leads");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("gp-status")).getText()).isEqualTo("Behind");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("gp-kpi-progress")).getText())
                .isEqualTo("40% of goal · 50% of period");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("gp-kpi-projection")).getText())
                .isEqualTo("Projection: 240 of 300 (80%)");
        assertThat(ChartOptions.lastSent(_get(card, app.goalpost.shared.ui.EChart.class))).contains("\"markLine\"");
        assertThat(_find(SharedKpiCard.class)).hasSize(1);
        // its own layout: no shell, no link, no button, no user
        assertThat(_find(MainLayout.class)).isEmpty();
        assertThat(_find(Anchor.class)).isEmpty();
        assertThat(_find(RouterLink.class)).isEmpty();
        assertThat(_find(Button.class)).isEmpty();
    }

    @Test
    void aPasswordIsAskedFirstAndAWrongOneGetsAGenericMessage() {
        String token = shareFixtures.link(f.owner(), f.ws1Id(), "the right one");
        navigate("s/" + token);
        assertThat(_find(SharedKpiCard.class)).isEmpty();
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("share-password"));
        password.setValue("not it");
        _click(_get(Button.class, spec -> spec.withId("share-unlock")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("That did not work. Check the password and try again.");
        assertThat(_find(SharedKpiCard.class)).isEmpty();
        password.setValue("the right one");
        _click(_get(Button.class, spec -> spec.withId("share-unlock")));
        assertThat(_get(SharedKpiCard.class).getId()).hasValue("shared-kpi-" + leads);
    }

    @Test
    void revokedExpiredAndUnknownLinksShowTheSameNotFoundPage() {
        String token = shareFixtures.link(f.owner(), f.ws1Id(), "");
        fixtures.signIn(f.owner());
        shares.revoke(f.ws1Id(), shares.list(f.ws1Id()).getFirst().id());
        Fixtures.signOut();
        String expired = shareFixtures.link(f.owner(), f.ws2Id(), "a password");
        clock.advance(java.time.Duration.ofDays(31));
        for (String path : new String[] {"s/" + token, "s/" + expired, "s/unknown-token-" + f.agencyId()}) {
            navigate(path);
            _get(ShareUnavailableView.class);
            assertThat(_get(H1.class).getText()).isEqualTo("Link unavailable");
            assertThat(_find(SharedKpiCard.class)).isEmpty();
            assertThat(_find(MainLayout.class)).isEmpty();
            assertThat(_find(Anchor.class)).isEmpty();
        }
    }

    @Test
    void aReportLinkShowsTheBrandedReportAndItsPdfAndNothingElse() throws Exception {
        fixtures.signIn(f.owner());
        branding.update("Shareview Reports", "#123456", branding.branding().version());
        Fixtures.signOut();
        String token = shareFixtures.reportLink(f.manager(), f.ws1Id(), "");
        navigate("s/" + token);
        _get(SharedPageView.class);
        String html = _get(_get(SharedReport.class), Html.class).getInnerHtml();
        assertThat(html).contains("Shared leads", "Shareview Reports", "<svg").doesNotContain("Unshared pipeline");
        assertThat(_find(SharedKpiCard.class)).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("shared-read-only")).getText()).isEqualTo("Read-only view");
        // the PDF of that report is the one thing to reach: no shell, no other link, no button, no period picker
        Anchor pdf = _get(Anchor.class);
        assertThat(pdf.getId()).hasValue("shared-report-pdf");
        assertThat(pdf.getText()).isEqualTo("Download the PDF");
        assertThat(_find(MainLayout.class)).isEmpty();
        assertThat(_find(RouterLink.class)).isEmpty();
        assertThat(_find(Button.class)).isEmpty();
        assertThat(_find(com.vaadin.flow.component.select.Select.class)).isEmpty();
        byte[] bytes = DownloadKt._download(pdf);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Shared leads", "Shareview Reports")
                    .doesNotContain("Unshared pipeline");
        }
        // revoked while open: the download gives nothing
        fixtures.signIn(f.owner());
        shares.revoke(f.ws1Id(), shares.list(f.ws1Id()).getFirst().id());
        Fixtures.signOut();
        assertThat(DownloadKt._download(pdf)).isEmpty();
    }
}
