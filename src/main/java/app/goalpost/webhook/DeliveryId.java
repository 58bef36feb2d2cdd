package app.goalpost.webhook;

/** Id of one webhook delivery (one event to one endpoint), typed. */
public record DeliveryId(long value) {
}
