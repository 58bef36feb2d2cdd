package app.goalpost.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The events an endpoint can subscribe to, with the type name receivers see in the payload and header. */
public enum WebhookEvent {
    /** A KPI's pacing status (ahead, on track, behind, ...) differs from the last one computed. */
    KPI_STATUS_CHANGED("kpi.status_changed"),
    /** The workspace's review became due or overdue (once per scheduled review date). */
    REVIEW_DUE("review.due"),
    /** A goal scenario became the plan of record. */
    PLAN_ADOPTED("plan.adopted");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    /** The wire name, e.g. {@code kpi.status_changed}. */
    public String type() {
        return type;
    }

    public static Optional<WebhookEvent> ofType(String type) {
        return Arrays.stream(values()).filter(e -> e.type.equals(type)).findFirst();
    }
}
