/**
 * Goal-setting sessions: a facilitator (agency staff) runs a session on one workspace with the method's agenda;
 * everyone who sees the workspace joins from a banner, follows the facilitator's pages, and edits (or reads) the shared
 * notes and decisions; ending the session stores its record. Live updates travel as {@code SESSION} events on the
 * {@link app.goalpost.collab.LiveBus}, ids only.
 */
@NullMarked
package app.goalpost.collab.session;

import org.jspecify.annotations.NullMarked;
