package app.goalpost.webhook.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import app.goalpost.webhook.WebhookEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A URL of a workspace that receives the events it subscribed to, signed with its own secret. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends AgencyOwnedEntity {

    private long workspaceId;
    private String url;
    private String events;
    private String secret;
    private long createdBy;
    private Instant createdAt;

    protected WebhookEndpoint() {
    }

    public WebhookEndpoint(long workspaceId, String url, Set<WebhookEvent> events, String secret, long createdBy,
            Instant createdAt) {
        this.workspaceId = workspaceId;
        this.url = url;
        this.events = join(events);
        this.secret = secret;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    private static String join(Set<WebhookEvent> events) {
        return events.stream().sorted().map(WebhookEvent::type).collect(Collectors.joining(","));
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public String getUrl() {
        return url;
    }

    public Set<WebhookEvent> getEvents() {
        Set<WebhookEvent> set = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(events.split(",")).map(WebhookEvent::ofType).forEach(e -> e.ifPresent(set::add));
        return set;
    }

    public boolean subscribes(WebhookEvent event) {
        return getEvents().contains(event);
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
