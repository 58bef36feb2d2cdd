package app.goalpost.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.kpi.PacingService;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Creating, listing and revoking share links: who may, what is stored, and the boundaries of both. */
@IntegrationTest
class ShareLinkServiceTest {

    @Autowired Fixtures fixtures;
    @Autowired ShareFixtures shareFixtures;
    @Autowired ShareLinkService shares;
    @Autowired SharedPageService pages;
    @Autowired PacingService pacing;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    AgencyFixture f;
    AgencyFixture other;

    @BeforeEach
    void agencies() {
        clock.reset();
        jdbc.sql("DELETE FROM throttle_event").update();
        f = fixtures.agency("sharesvc");
        other = fixtures.agency("sharesvcother");
    }

    @AfterEach
    void signOut() {
        clock.reset();
        Fixtures.signOut();
    }

    @Test
    void theTokenIsUnguessableShownOnceAndOnlyItsHashIsStored() {
        CreatedShareLink created = shareFixtures.create(f.manager(), f.ws1Id(), "");
        String token = ShareFixtures.token(created);
        assertThat(created.url()).isEqualTo("http://localhost:8080/s/" + token);
        // 256 bits, URL-safe Base64 without padding
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(ShareFixtures.token(shareFixtures.create(f.manager(), f.ws1Id(), ""))).isNotEqualTo(token);
        Map<String, Object> row = jdbc.sql("SELECT * FROM share_link WHERE id = ?").param(created.link().id().value())
                .query().singleRow();
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(token));
        assertThat(row.get("token_hash")).isEqualTo(ShareTokens.hash(token));
        assertThat(row.get("password_hash")).isNull();
        assertThat(row.get("agency_id")).isEqualTo(f.agencyId());
        assertThat(created.link().createdByName()).isEqualTo("Member " + f.manager());
        assertThat(created.link().status()).isEqualTo(ShareLinkStatus.ACTIVE);
    }

    @Test
    void thePasswordIsStoredAsAnArgon2Hash() {
        CreatedShareLink created = shareFixtures.create(f.owner(), f.ws1Id(), "open sesame");
        String hash = jdbc.sql("SELECT password_hash FROM share_link WHERE id = ?")
                .param(created.link().id().value()).query(String.class).single();
        assertThat(hash).startsWith("{argon2}").doesNotContain("open sesame");
        assertThat(created.link().passwordProtected()).isTrue();
    }

    @Test
    void theExpiryIsRequiredNotPastAndAtMostNinetyDaysAhead() {
        fixtures.signIn(f.owner());
        LocalDate today = pacing.today(f.ws1Id());
        assertRefused(new ShareLinkRequest(ShareKind.DASHBOARD, "", null, ""), "expiresOn",
                "share.validation.expiryRequired");
        assertRefused(new ShareLinkRequest(ShareKind.DASHBOARD, "", today.minusDays(1), ""), "expiresOn",
                "share.validation.expiryPast");
        assertRefused(new ShareLinkRequest(ShareKind.DASHBOARD, "", today.plusDays(91), ""), "expiresOn",
                "share.validation.expiryTooFar");
        assertRefused(new ShareLinkRequest(ShareKind.DASHBOARD, "", today.plusDays(5), "short"), "password",
                "share.validation.password");
        assertRefused(new ShareLinkRequest(ShareKind.DASHBOARD, "x".repeat(121), today.plusDays(5), ""), "label",
                "share.validation.labelTooLong");
        assertRefused(new ShareLinkRequest(null, "", today.plusDays(5), ""), "kind", "share.validation.kind");
        assertThat(shares.list(f.ws1Id())).isEmpty();
        // the last allowed day works, until the end of that day in the workspace's time zone
        CreatedShareLink last = shares.create(f.ws1Id(), new ShareLinkRequest(ShareKind.DASHBOARD, "", today.plusDays(90),
                ""));
        assertThat(last.link().expiresAt()).isEqualTo(today.plusDays(91).atStartOfDay(java.time.ZoneId.of("Europe/Paris"))
                .toInstant());
    }

    @Test
    void aClientUserCannotCreateListOrRevokeLinks() {
        String token = shareFixtures.link(f.owner(), f.ws1Id(), "");
        ShareLinkId id = onlyLink(f.owner(), f.ws1Id());
        for (String client : List.of(f.client(), f.contributor())) {
            fixtures.signIn(client);
            WorkspaceId own = client.equals(f.client()) ? f.ws1Id() : f.ws2Id();
            for (ShareKind kind : ShareKind.values()) {
                assertThatThrownBy(() -> shares.create(own, new ShareLinkRequest(kind, "",
                        LocalDate.of(2026, 6, 1), ""))).as(kind.name()).isInstanceOf(AccessDeniedException.class);
            }
            assertThatThrownBy(() -> shares.list(f.ws1Id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> shares.revoke(f.ws1Id(), id)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(open(token)).isEqualTo(ShareOpening.Outcome.GRANTED);
    }

    @Test
    void aManagerOnlyManagesLinksOfTheirWorkspaces() {
        fixtures.signIn(f.manager());
        assertThatThrownBy(() -> shares.create(f.ws3Id(), new ShareLinkRequest(ShareKind.DASHBOARD, "",
                LocalDate.of(2026, 6, 1), ""))).isInstanceOf(WorkspaceNotFoundException.class);
        shareFixtures.link(f.owner(), f.ws3Id(), "");
        ShareLinkId ws3Link = onlyLink(f.owner(), f.ws3Id());
        fixtures.signIn(f.manager());
        assertThatThrownBy(() -> shares.list(f.ws3Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> shares.revoke(f.ws3Id(), ws3Link)).isInstanceOf(WorkspaceNotFoundException.class);
        // naming an own workspace with another workspace's link: not found either
        assertThatThrownBy(() -> shares.revoke(f.ws1Id(), ws3Link)).isInstanceOf(WorkspaceNotFoundException.class);
        assertThat(onlyLinkStatus(f.owner(), f.ws3Id())).isEqualTo(ShareLinkStatus.ACTIVE);
    }

    @Test
    void anotherAgencysStaffCannotListOrRevokeLinks() {
        String token = shareFixtures.link(f.owner(), f.ws1Id(), "");
        ShareLinkId id = onlyLink(f.owner(), f.ws1Id());
        for (String staff : List.of(other.owner(), other.admin())) {
            fixtures.signIn(staff);
            assertThatThrownBy(() -> shares.list(f.ws1Id())).isInstanceOf(WorkspaceNotFoundException.class);
            assertThatThrownBy(() -> shares.revoke(f.ws1Id(), id)).isInstanceOf(WorkspaceNotFoundException.class);
            // through their own workspace with this agency's link id: still not found
            assertThatThrownBy(() -> shares.revoke(other.ws1Id(), id)).isInstanceOf(WorkspaceNotFoundException.class);
            assertThat(shares.list(other.ws1Id())).isEmpty();
        }
        assertThat(open(token)).isEqualTo(ShareOpening.Outcome.GRANTED);
    }

    @Test
    void theListShowsViewsLastUseExpiryAndRevocation() {
        String token = shareFixtures.link(f.owner(), f.ws1Id(), "");
        shareFixtures.reportLink(f.admin(), f.ws1Id(), "");
        assertThat(open(token)).isEqualTo(ShareOpening.Outcome.GRANTED);
        clock.advance(java.time.Duration.ofHours(2));
        java.time.Instant secondView = clock.instant();
        assertThat(open(token)).isEqualTo(ShareOpening.Outcome.GRANTED);
        fixtures.signIn(f.owner());
        List<ShareLinkSummary> links = shares.list(f.ws1Id());
        assertThat(links).hasSize(2);
        assertThat(links).extracting(ShareLinkSummary::kind).containsExactlyInAnyOrder(ShareKind.DASHBOARD,
                ShareKind.REPORT);
        ShareLinkSummary viewed = links.stream().filter(l -> l.views() > 0).findFirst().orElseThrow();
        assertThat(viewed.views()).isEqualTo(2);
        assertThat(viewed.lastViewedAt().orElseThrow()).isBetween(secondView.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), secondView.plusSeconds(1));
        assertThat(viewed.createdByName()).isEqualTo("Owner sharesvc");
        assertThat(links).filteredOn(l -> l.views() == 0).singleElement()
                .satisfies(l -> assertThat(l.lastViewedAt()).isEmpty());

        shares.revoke(f.ws1Id(), viewed.id());
        assertThat(shares.list(f.ws1Id())).filteredOn(l -> l.id().equals(viewed.id())).singleElement()
                .satisfies(l -> {
                    assertThat(l.status()).isEqualTo(ShareLinkStatus.REVOKED);
                    assertThat(l.revokedAt()).isPresent();
                });
        assertThat(open(token)).isEqualTo(ShareOpening.Outcome.UNAVAILABLE);
        clock.advance(java.time.Duration.ofDays(40));
        fixtures.signIn(f.owner());
        assertThat(shares.list(f.ws1Id())).extracting(ShareLinkSummary::status)
                .containsExactlyInAnyOrder(ShareLinkStatus.REVOKED, ShareLinkStatus.EXPIRED);
    }

    private ShareOpening.Outcome open(String token) {
        Fixtures.signOut();
        return pages.open(token, null, new ShareClient("192.0.2.10", "JUnit")).outcome();
    }

    private ShareLinkId onlyLink(String staff, WorkspaceId workspace) {
        fixtures.signIn(staff);
        ShareLinkId id = shares.list(workspace).getFirst().id();
        Fixtures.signOut();
        return id;
    }

    private ShareLinkStatus onlyLinkStatus(String staff, WorkspaceId workspace) {
        fixtures.signIn(staff);
        ShareLinkStatus status = shares.list(workspace).getFirst().status();
        Fixtures.signOut();
        return status;
    }

    private void assertRefused(ShareLinkRequest request, String field, String key) {
        assertThatThrownBy(() -> shares.create(f.ws1Id(), request)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }
}
