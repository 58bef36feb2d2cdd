/**
 * Outgoing webhooks: staff register endpoints per workspace for events (KPI status changed, review due, plan
 * adopted); every delivery is stored in an outbox before it is sent, signed with the endpoint's secret, retried
 * with back-off and logged with its response (docs/decisions/0014-webhooks.md). This package is the API;
 * {@code internal} holds entities and repositories; {@code ui} the page.
 */
@NullMarked
package app.goalpost.webhook;

import org.jspecify.annotations.NullMarked;
