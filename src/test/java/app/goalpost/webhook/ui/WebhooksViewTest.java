package app.goalpost.webhook.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.shell.NotFoundView;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.MutableClock;
import app.goalpost.support.UiTest;
import app.goalpost.webhook.DeliveryStatus;
import app.goalpost.webhook.WebhookEvent;
import app.goalpost.webhook.WebhookPage;
import app.goalpost.webhook.WebhookService;
import app.goalpost.webhook.WebhookWorker;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The webhooks page: staff add an endpoint, see its secret once, read deliveries and re-send; others are refused. */
@UiTest
class WebhooksViewTest extends KaribuSupport {

    @Autowired WebhookService webhooks;
    @Autowired WebhookWorker worker;
    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired MutableClock clock;

    MockWebServer server;
    AgencyFixture f;
    AgencyFixture other;

    @BeforeEach
    void setUp() throws Exception {
        clock.reset();
        server = new MockWebServer();
        server.start();
        f = fixtures.agency("hookui");
        other = fixtures.agency("hookuiother");
    }

    @AfterEach
    void tearDown() throws Exception {
        Fixtures.signOut();
        for (int i = 0; i < 8; i++) {
            clock.advance(Duration.ofHours(13));
            server.enqueue(new MockResponse().setResponseCode(200));
            worker.deliverDue();
        }
        clock.reset();
        server.shutdown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffAddAnEndpointSeeTheSecretOnceAndResendADelivery() {
        signIn(f.manager());
        navigate("w/" + f.ws1() + "/webhooks");
        assertThat(menuLabels()).contains("Webhooks");
        _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("webhook-empty"));

        // plain http to another machine is refused next to the field
        TextField url = _get(TextField.class, spec -> spec.withId("webhook-url"));
        url.setValue("http://example.com/hook");
        CheckboxGroup<WebhookEvent> events = _get(CheckboxGroup.class, spec -> spec.withId("webhook-events"));
        events.setValue(Set.of(WebhookEvent.KPI_STATUS_CHANGED));
        _click(_get(Button.class, spec -> spec.withId("webhook-add")));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).isEqualTo("Use https (plain http only for localhost or 127.0.0.1).");

        url.setValue(server.url("/hook").toString());
        _click(_get(Button.class, spec -> spec.withId("webhook-add")));
        String secret = _get(Span.class, spec -> spec.withId("webhook-secret-value")).getText();
        assertThat(secret).startsWith("whsec_");
        WebhookPage.Endpoint endpoint = webhooks.page(f.ws1Id()).endpoints().getFirst();
        assertThat(_get(H3.class, spec -> spec.withId("webhook-endpoint-" + endpoint.id().value())).getText())
                .isEqualTo(server.url("/hook").toString());

        // the secret is not shown again on the next visit
        navigate("w/" + f.ws2() + "/webhooks");
        navigate("w/" + f.ws1() + "/webhooks");
        assertThat(_find(Span.class, spec -> spec.withId("webhook-secret-value"))).isEmpty();
        assertThat(getElementText()).doesNotContain(secret);

        KpiId kpi = new KpiId(kpis.create(f.ws1Id(), KpiInput.count("Leads", 100, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31))));
        actuals.save(f.ws1Id(), kpi, Granularity.DAY, Map.of(LocalDate.of(2026, 5, 1),
                Optional.of(new BigDecimal("80"))));
        Fixtures.signOut();
        server.enqueue(new MockResponse().setResponseCode(500).setBody("receiver down"));
        assertThat(worker.deliverDue()).isEqualTo(1);

        signIn(f.manager());
        navigate("w/" + f.ws1() + "/webhooks");
        WebhookPage.Delivery failed = webhooks.page(f.ws1Id()).endpoints().getFirst().recent().getFirst();
        assertThat(_get(Span.class, spec -> spec.withId("webhook-delivery-" + failed.id().value())).getText())
                .contains("kpi.status_changed", "1 attempt(s)", "pending");
        assertThat(getElementText()).contains("HTTP 500 in ", "receiver down");

        _click(_get(Button.class, spec -> spec.withId("webhook-resend-" + failed.id().value())));
        List<WebhookPage.Delivery> recent = webhooks.page(f.ws1Id()).endpoints().getFirst().recent();
        assertThat(recent).hasSize(2);
        assertThat(recent.getFirst().resentFrom()).contains(failed.id().value());
        assertThat(recent.getFirst().status()).isEqualTo(DeliveryStatus.PENDING);
        _get(Span.class, spec -> spec.withId("webhook-delivery-" + recent.getFirst().id().value()));

        _click(_get(Button.class, spec -> spec.withId("webhook-delete-" + endpoint.id().value())));
        assertThat(webhooks.page(f.ws1Id()).endpoints()).isEmpty();
    }

    @Test
    void clientUsersNeitherSeeNorOpenThePage() {
        for (String client : new String[] {f.client(), f.contributor()}) {
            signIn(client);
            long workspace = client.equals(f.client()) ? f.ws1() : f.ws2();
            navigate("w/" + workspace + "/dashboard");
            assertThat(menuLabels()).doesNotContain("Webhooks");
            navigate("w/" + workspace + "/webhooks");
            _get(NotFoundView.class);
        }
    }

    @Test
    void anotherAgencysStaffAndUnassignedManagersGetNotFound() {
        signIn(other.owner());
        navigate("w/" + f.ws1() + "/webhooks");
        _get(NotFoundView.class);
        signIn(f.manager());
        navigate("w/" + f.ws3() + "/webhooks");
        _get(NotFoundView.class);
    }

    private static List<String> menuLabels() {
        return _get(SideNav.class, spec -> spec.withId("workspace-nav")).getItems().stream()
                .map(SideNavItem::getLabel).toList();
    }

    /** The text of everything the page shows (the routed view is not under the UI's element in Karibu). */
    private static String getElementText() {
        return String.join("\n", _find(com.vaadin.flow.component.html.Paragraph.class).stream()
                .map(p -> p.getElement().getTextRecursively()).toList()) + "\n"
                + String.join("\n", _find(Span.class).stream().map(Span::getText).toList());
    }
}
