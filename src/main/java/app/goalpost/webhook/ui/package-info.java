/** The webhooks page of a workspace (staff only). */
@NullMarked
package app.goalpost.webhook.ui;

import org.jspecify.annotations.NullMarked;
