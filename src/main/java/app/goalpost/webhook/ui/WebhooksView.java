package app.goalpost.webhook.ui;

import app.goalpost.security.Roles;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.webhook.NewSecret;
import app.goalpost.webhook.WebhookEvent;
import app.goalpost.webhook.WebhookPage;
import app.goalpost.webhook.WebhookService;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.ui.WorkspacePage;
import app.goalpost.workspace.ui.WorkspacePageView;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/**
 * The webhooks of a workspace (agency staff only): add an endpoint for some events, see its secret once, rotate it,
 * remove the endpoint, and read each endpoint's recent deliveries with their response, re-sending one by hand.
 * Everything shown comes from one {@link WebhookService#page} call.
 */
@Route("w/:workspaceId/webhooks")
@RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.MANAGER})
@WorkspacePageView(WorkspacePage.WEBHOOKS)
class WebhooksView extends WorkspaceScopedView {

    private final transient WebhookService webhooks;
    private WorkspaceDetails workspace;
    private Optional<NewSecret> shownSecret = Optional.empty();
    private String shownFor = "";

    WebhooksView(WorkspaceService workspaces, WebhookService webhooks) {
        super(workspaces);
        this.webhooks = webhooks;
    }

    @Override
    protected void onOpen(WorkspaceDetails w, BeforeEnterEvent event) {
        this.workspace = w;
        render();
    }

    @Override
    protected String titleKey() {
        return "webhook.title";
    }

    private void render() {
        removeAll();
        WebhookPage page = webhooks.page(workspace.workspaceId());
        add(new H2(getTranslation("webhook.title")));
        add(new Paragraph(getTranslation("webhook.intro")));
        shownSecret.ifPresent(this::addSecret);
        shownSecret = Optional.empty();
        addForm();
        if (page.endpoints().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("webhook.empty"));
            empty.setId("webhook-empty");
            add(empty);
        }
        page.endpoints().forEach(this::addEndpoint);
    }

    private void addSecret(NewSecret secret) {
        Div box = new Div();
        box.setId("webhook-secret");
        Paragraph title = new Paragraph(getTranslation("webhook.secret.title", shownFor));
        Span value = new Span(secret.secret());
        value.setId("webhook-secret-value");
        value.getStyle().set("font-family", "monospace");
        box.add(title, value, new Paragraph(getTranslation("webhook.secret.once")));
        add(box);
    }

    private void addForm() {
        TextField url = new TextField(getTranslation("webhook.url"));
        url.setId("webhook-url");
        url.setPlaceholder("https://");
        url.setWidth("32em");
        CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>(getTranslation("webhook.events"));
        events.setId("webhook-events");
        events.setItems(WebhookEvent.values());
        events.setItemLabelGenerator(e -> getTranslation("webhook.event." + e.name()));
        Button add = new Button(getTranslation("webhook.add"), e -> {
            try {
                NewSecret secret = webhooks.create(workspace.workspaceId(), url.getValue(),
                        events.getValue().isEmpty() ? EnumSet.noneOf(WebhookEvent.class)
                                : EnumSet.copyOf(events.getValue()));
                FieldErrors.success(getTranslation("webhook.added"));
                shownSecret = Optional.of(secret);
                shownFor = url.getValue().strip();
                render();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("url", url, "events", events), this);
            }
        });
        add.setId("webhook-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(url, events, add);
    }

    private void addEndpoint(WebhookPage.Endpoint endpoint) {
        long id = endpoint.id().value();
        H3 title = new H3(endpoint.url());
        title.setId("webhook-endpoint-" + id);
        Paragraph events = new Paragraph(String.join(", ", endpoint.events().stream().sorted()
                .map(e -> getTranslation("webhook.event." + e.name())).toList()));
        Button rotate = new Button(getTranslation("webhook.rotate"), e -> {
            shownSecret = Optional.of(webhooks.rotateSecret(workspace.workspaceId(), endpoint.id()));
            shownFor = endpoint.url();
            render();
        });
        rotate.setId("webhook-rotate-" + id);
        Button delete = new Button(getTranslation("webhook.delete"), e -> {
            webhooks.delete(workspace.workspaceId(), endpoint.id());
            FieldErrors.success(getTranslation("webhook.deleted"));
            render();
        });
        delete.setId("webhook-delete-" + id);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(title, events, new HorizontalLayout(rotate, delete));
        if (endpoint.recent().isEmpty()) {
            add(new Paragraph(getTranslation("webhook.deliveries.empty")));
        }
        endpoint.recent().forEach(this::addDelivery);
    }

    private void addDelivery(WebhookPage.Delivery d) {
        long id = d.id().value();
        Span line = new Span(getTranslation("webhook.delivery.line", time(d.createdAt()), d.eventType(),
                d.attempts(), getTranslation("webhook.status." + d.status().name())));
        line.setId("webhook-delivery-" + id);
        Div row = new Div(line);
        String duration = d.durationMs().map(String::valueOf).orElse("0");
        if (d.responseStatus().isPresent()) {
            row.add(new Paragraph(getTranslation("webhook.delivery.response", String.valueOf(d.responseStatus().get()),
                    duration, d.responseExcerpt().orElse(""))));
        } else if (d.error().isPresent()) {
            row.add(new Paragraph(getTranslation("webhook.delivery.error", d.error().get(), duration)));
        }
        if (d.attempts() > 0) {
            d.nextAttemptAt().ifPresent(at -> row.add(new Paragraph(getTranslation("webhook.delivery.next",
                    time(at)))));
        }
        Button resend = new Button(getTranslation("webhook.resend"), e -> {
            webhooks.resend(workspace.workspaceId(), d.id());
            FieldErrors.success(getTranslation("webhook.resent"));
            render();
        });
        resend.setId("webhook-resend-" + id);
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
        row.add(resend);
        add(row);
    }

    private String time(Instant at) {
        ZoneId zone = workspace.timeZone();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .format(at.atZone(zone));
    }
}
