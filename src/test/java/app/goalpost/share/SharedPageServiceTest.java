package app.goalpost.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.kpi.KpiPacing;
import app.goalpost.report.BrandingService;
import app.goalpost.report.ClientReport;
import app.goalpost.report.ReportHtml;
import app.goalpost.report.ReportPeriod;
import app.goalpost.report.ReportScheduleService;
import app.goalpost.report.ReportService;
import app.goalpost.kpi.PacingService;
import app.goalpost.security.CurrentUser;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import app.goalpost.workspace.SharedWorkspaceViewer;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspacePermission;
import app.goalpost.workspace.WorkspaceService;
import java.time.Duration;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Opening a shared page without an account: unknown, revoked and expired tokens alike, the password, the
 * throttles, the view log, and the share-viewer scope that reads one workspace and nothing else.
 */
@IntegrationTest
class SharedPageServiceTest {

    static final ShareClient CLIENT = new ShareClient("203.0.113.77", "Mozilla/5.0 (X11; Linux x86_64) Test");

    @Autowired Fixtures fixtures;
    @Autowired ShareFixtures shareFixtures;
    @Autowired SharedPageService pages;
    @Autowired ShareLinkService shares;
    @Autowired PacingService pacing;
    @Autowired WorkspaceService workspaces;
    @Autowired WorkspaceAccess access;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired ReportService reports;
    @Autowired ReportScheduleService schedules;
    @Autowired BrandingService branding;

    AgencyFixture f;
    AgencyFixture other;

    @BeforeEach
    void agencies() {
        clock.reset();
        jdbc.sql("DELETE FROM throttle_event").update();
        f = fixtures.agency("sharepage");
        other = fixtures.agency("sharepageother");
        shareFixtures.kpi(f, f.ws1Id(), "Alpha leads");
        shareFixtures.kpi(f, f.ws2Id(), "Beta secret pipeline");
        shareFixtures.kpi(other, other.ws1Id(), "Other agency revenue");
    }

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    @Test
    void aValidLinkShowsTheLiveDashboardOfItsOneWorkspace() {
        String token = shareFixtures.link(f.manager(), f.ws1Id(), "");
        ShareOpening opening = pages.open(token, null, CLIENT);
        assertThat(opening.outcome()).isEqualTo(ShareOpening.Outcome.GRANTED);
        SharedDashboard shared = pages.dashboard(opening.grant()).orElseThrow();
        assertThat(shared.workspaceName()).startsWith("sharepage Alpha");
        assertThat(shared.dashboard().kpis()).extracting(p -> p.kpi().name()).containsExactly("Alpha leads");
        // live: a KPI added after the link was made shows on the next read
        shareFixtures.kpi(f, f.ws1Id(), "Alpha deals");
        assertThat(pages.dashboard(opening.grant()).orElseThrow().dashboard().kpis()).extracting(p -> p.kpi().name())
                .containsExactlyInAnyOrder("Alpha leads", "Alpha deals");
        // nobody is left signed in, and no scope stays open after the read
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(SharedWorkspaceViewer.current()).isEmpty();
    }

    @Test
    void unknownRevokedAndExpiredTokensAnswerAlike() {
        String revoked = shareFixtures.link(f.owner(), f.ws1Id(), "");
        fixtures.signIn(f.owner());
        shares.revoke(f.ws1Id(), shares.list(f.ws1Id()).getFirst().id());
        Fixtures.signOut();
        String expired = shareFixtures.link(f.owner(), f.ws2Id(), "");
        String expiredWithPassword = shareFixtures.link(f.owner(), f.ws3Id(), "secret-pass");
        clock.advance(Duration.ofDays(31));
        String fresh = shareFixtures.link(f.owner(), f.ws3Id(), "");
        String unknown = ShareTokens.newToken();
        String tampered = fresh.substring(0, fresh.length() - 1) + (fresh.endsWith("A") ? "B" : "A");
        for (String token : new String[] {revoked, expired, expiredWithPassword, unknown, tampered, "", "x".repeat(5000)}) {
            ShareOpening opening = pages.open(token, null, CLIENT);
            assertThat(opening).as(token).isEqualTo(ShareOpening.UNAVAILABLE);
            // a password-protected expired link does not even ask for its password
            assertThat(pages.open(token, "secret-pass", CLIENT)).as(token).isEqualTo(ShareOpening.UNAVAILABLE);
        }
        assertThat(pages.open(fresh, null, CLIENT).outcome()).isEqualTo(ShareOpening.Outcome.GRANTED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM share_view").query(Long.class).single()).isGreaterThan(0);
    }

    @Test
    void aPasswordIsRequiredCheckedAndItsGuessesThrottled() {
        String token = shareFixtures.link(f.owner(), f.ws1Id(), "correct password");
        assertThat(pages.open(token, null, CLIENT)).isEqualTo(ShareOpening.PASSWORD_REQUIRED);
        assertThat(pages.open(token, "wrong password", CLIENT)).isEqualTo(ShareOpening.WRONG_PASSWORD);
        assertThat(pages.open(token, "", CLIENT)).isEqualTo(ShareOpening.WRONG_PASSWORD);
        ShareOpening right = pages.open(token, "correct password", CLIENT);
        assertThat(right.outcome()).isEqualTo(ShareOpening.Outcome.GRANTED);
        assertThat(pages.dashboard(right.grant()).orElseThrow().dashboard().kpis()).hasSize(1);
        // ten wrong passwords on the link (from anywhere) close it for the window, even to the right password
        for (int i = 0; i < 8; i++) {
            assertThat(pages.open(token, "guess " + i, new ShareClient("198.51.100." + (i + 1), "x")))
                    .isEqualTo(ShareOpening.WRONG_PASSWORD);
        }
        assertThat(pages.open(token, "correct password", CLIENT)).isEqualTo(ShareOpening.THROTTLED);
        clock.advance(Duration.ofMinutes(16));
        assertThat(pages.open(token, "correct password", CLIENT).outcome()).isEqualTo(ShareOpening.Outcome.GRANTED);
    }

    @Test
    void manyWrongTokensFromOneAddressAreThrottledWhateverTheToken() {
        String valid = shareFixtures.link(f.owner(), f.ws1Id(), "");
        ShareClient guesser = new ShareClient("203.0.113.200", "curl/8");
        for (int i = 0; i < 20; i++) {
            assertThat(pages.open(ShareTokens.newToken(), null, guesser)).isEqualTo(ShareOpening.UNAVAILABLE);
        }
        assertThat(pages.open(ShareTokens.newToken(), null, guesser)).isEqualTo(ShareOpening.THROTTLED);
        assertThat(pages.open(valid, null, guesser)).isEqualTo(ShareOpening.THROTTLED);
        // another address is not affected
        assertThat(pages.open(valid, null, CLIENT).outcome()).isEqualTo(ShareOpening.Outcome.GRANTED);
        clock.advance(Duration.ofMinutes(16));
        assertThat(pages.open(valid, null, guesser).outcome()).isEqualTo(ShareOpening.Outcome.GRANTED);
    }

    @Test
    void everyViewIsLoggedWithATruncatedAddressAndAShortUserAgent() {
        String token = shareFixtures.link(f.owner(), f.ws1Id(), "");
        pages.open(token, null, new ShareClient("203.0.113.77", "A".repeat(300)));
        pages.open(token, null, new ShareClient("2001:db8:1234:5678::1", "Firefox\n"));
        var rows = jdbc.sql("SELECT v.address, v.user_agent, v.agency_id FROM share_view v JOIN share_link l"
                + " ON l.id = v.share_link_id WHERE l.token_hash = ? ORDER BY v.id").param(ShareTokens.hash(token))
                .query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("address", "203.0.113.0").containsEntry("user_agent", "A".repeat(120));
        assertThat(rows.get(1)).containsEntry("address", "2001:db8:1234:0:0:0:0:0").containsEntry("user_agent",
                "Firefox");
        assertThat(rows).allSatisfy(r -> assertThat(((Number) r.get("agency_id")).longValue()).isEqualTo(f.agencyId()));
    }

    @Test
    void aRevokedLinkStopsAnOpenPageAtItsNextRead() {
        String token = shareFixtures.link(f.owner(), f.ws1Id(), "");
        ShareOpening opening = pages.open(token, null, CLIENT);
        fixtures.signIn(f.owner());
        shares.revoke(f.ws1Id(), shares.list(f.ws1Id()).getFirst().id());
        Fixtures.signOut();
        assertThat(pages.dashboard(opening.grant())).isEmpty();
    }

    @Test
    void anArchivedWorkspaceIsNotShared() {
        String token = shareFixtures.link(f.owner(), f.ws1Id(), "");
        ShareOpening opening = pages.open(token, null, CLIENT);
        fixtures.signIn(f.owner());
        workspaces.setArchived(f.ws1Id(), true);
        Fixtures.signOut();
        assertThat(pages.dashboard(opening.grant())).isEmpty();
    }

    @Test
    void theViewerScopeReadsItsOneWorkspaceAndNothingElse() {
        SharedWorkspaceViewer.run(f.agencyId(), f.ws1Id(), () -> {
            assertThat(pacing.dashboard(f.ws1Id()).kpis()).extracting((KpiPacing p) -> p.kpi().name())
                    .containsExactly("Alpha leads");
            assertThat(access.can(f.ws1(), WorkspacePermission.VIEW)).isTrue();
            assertThat(access.can(f.ws1(), WorkspacePermission.EDIT_PLAN)).isFalse();
            assertThat(access.visibleWorkspaceIds()).containsExactly(f.ws1());
            // another workspace of the same agency, and another agency's workspace: not found
            for (WorkspaceId elsewhere : new WorkspaceId[] {f.ws2Id(), f.ws3Id(), other.ws1Id()}) {
                assertThatThrownBy(() -> pacing.dashboard(elsewhere)).isInstanceOf(WorkspaceNotFoundException.class);
                assertThatThrownBy(() -> workspaces.get(elsewhere)).isInstanceOf(WorkspaceNotFoundException.class);
            }
            // no role: staff services refuse, and nothing that needs a user account runs
            assertThatThrownBy(() -> shares.list(f.ws1Id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> workspaces.create(Fixtures.form("Nope", app.goalpost.workspace.CompanyStage.STARTUP)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> workspaces.list("", false)).isInstanceOf(IllegalStateException.class);
            assertThat(CurrentUser.get()).isEmpty();
            return null;
        });
        // a signed-in user of another agency opening a link reads the link's workspace, and is signed in again after
        String token = shareFixtures.link(f.owner(), f.ws1Id(), "");
        fixtures.signIn(other.owner());
        ShareOpening opening = pages.open(token, null, CLIENT);
        assertThat(pages.dashboard(opening.grant()).orElseThrow().dashboard().kpis()).extracting(p -> p.kpi().name())
                .containsExactly("Alpha leads");
        assertThat(CurrentUser.require().email()).isEqualTo(other.owner());
        assertThat(workspaces.list("", false)).extracting(w -> w.id())
                .containsExactlyInAnyOrder(other.ws1(), other.ws2(), other.ws3());
    }

    @Test
    void aReportLinkShowsThisMonthsReportOfItsOneWorkspaceWithTheAgencysBrandingAndItsPdf() throws Exception {
        fixtures.signIn(f.owner());
        branding.update("Sharepage Reports", "#112233", branding.branding().version());
        fixtures.signIn(other.owner());
        branding.update("Foreign Branding", "#445566", branding.branding().version());
        Fixtures.signOut();
        String token = shareFixtures.reportLink(f.manager(), f.ws1Id(), "");
        ShareOpening opening = pages.open(token, null, CLIENT);
        assertThat(opening.outcome()).isEqualTo(ShareOpening.Outcome.GRANTED);
        assertThat(opening.grant().kind()).isEqualTo(ShareKind.REPORT);

        ClientReport report = pages.report(opening.grant(), Locale.ENGLISH).orElseThrow();
        assertThat(report.workspaceId()).isEqualTo(f.ws1());
        assertThat(report.workspaceName()).startsWith("sharepage Alpha");
        assertThat(report.branding().displayName()).isEqualTo("Sharepage Reports");
        assertThat(report.period()).isEqualTo(ReportPeriod.containing(ReportPeriod.Kind.MONTH,
                SharedWorkspaceViewer.run(f.agencyId(), f.ws1Id(), () -> pacing.today(f.ws1Id()))));
        assertThat(report.kpis()).extracting(k -> k.kpi().name()).containsExactly("Alpha leads");
        assertThat(ReportHtml.fragment(report)).contains("Alpha leads", "Sharepage Reports")
                .doesNotContain("Beta secret pipeline", "Other agency revenue", "Foreign Branding");

        byte[] pdf = pages.reportPdf(opening.grant(), Locale.ENGLISH).orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Alpha leads", "Sharepage Reports")
                    .doesNotContain("Beta secret pipeline", "Other agency revenue", "Foreign Branding");
        }
        // a report link opens no dashboard, a dashboard link no report
        assertThat(pages.dashboard(opening.grant())).isEmpty();
        ShareOpening dashboard = pages.open(shareFixtures.link(f.owner(), f.ws1Id(), ""), null, CLIENT);
        assertThat(pages.report(dashboard.grant(), Locale.ENGLISH)).isEmpty();
        assertThat(pages.reportPdf(dashboard.grant(), Locale.ENGLISH)).isEmpty();
        // nobody is left signed in or in the viewer scope
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(SharedWorkspaceViewer.current()).isEmpty();
    }

    @Test
    void aReportLinkReadsItsWorkspaceOnlyWhoeverIsSignedInOnTheBrowser() {
        String token = shareFixtures.reportLink(f.owner(), f.ws1Id(), "");
        fixtures.signIn(other.owner());
        ShareOpening opening = pages.open(token, null, CLIENT);
        assertThat(pages.report(opening.grant(), Locale.FRENCH).orElseThrow().kpis()).extracting(k -> k.kpi().name())
                .containsExactly("Alpha leads");
        assertThat(CurrentUser.require().email()).isEqualTo(other.owner());
        // in the viewer scope the report service reads the one workspace; the staff-only schedule is refused
        SharedWorkspaceViewer.run(f.agencyId(), f.ws1Id(), () -> {
            ReportPeriod month = ReportPeriod.containing(ReportPeriod.Kind.MONTH, pacing.today(f.ws1Id()));
            for (WorkspaceId elsewhere : new WorkspaceId[] {f.ws2Id(), f.ws3Id(), other.ws1Id()}) {
                assertThatThrownBy(() -> reports.report(elsewhere, month, Locale.ENGLISH))
                        .isInstanceOf(WorkspaceNotFoundException.class);
                assertThatThrownBy(() -> reports.pdf(elsewhere, month, Locale.ENGLISH))
                        .isInstanceOf(WorkspaceNotFoundException.class);
            }
            assertThatThrownBy(() -> schedules.schedule(f.ws1Id())).isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }

    @Test
    void revokedAndExpiredReportLinksAnswerLikeUnknownOnesAndStopAnOpenPage() {
        String revoked = shareFixtures.reportLink(f.owner(), f.ws1Id(), "");
        ShareOpening open = pages.open(revoked, null, CLIENT);
        fixtures.signIn(f.owner());
        shares.revoke(f.ws1Id(), shares.list(f.ws1Id()).getFirst().id());
        Fixtures.signOut();
        assertThat(pages.report(open.grant(), Locale.ENGLISH)).isEmpty();
        assertThat(pages.reportPdf(open.grant(), Locale.ENGLISH)).isEmpty();
        String expired = shareFixtures.reportLink(f.owner(), f.ws2Id(), "");
        ShareOpening beforeExpiry = pages.open(expired, null, CLIENT);
        clock.advance(Duration.ofDays(32));
        assertThat(pages.reportPdf(beforeExpiry.grant(), Locale.ENGLISH)).isEmpty();
        for (String token : new String[] {revoked, expired, ShareTokens.newToken()}) {
            assertThat(pages.open(token, null, CLIENT)).as(token).isEqualTo(ShareOpening.UNAVAILABLE);
        }
    }
}
