/** Entities and repositories of the webhooks feature. */
@NullMarked
package app.goalpost.webhook.internal;

import org.jspecify.annotations.NullMarked;
