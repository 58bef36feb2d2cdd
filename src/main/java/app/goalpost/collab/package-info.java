/**
 * The live workspace: events that tell open pages something changed, presence, goal-setting sessions, and the bus that
 * carries events between app nodes. Events carry ids only; receivers reload through their own access checks.
 */
@NullMarked
package app.goalpost.collab;

import org.jspecify.annotations.NullMarked;
