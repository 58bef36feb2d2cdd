/** The goal scenarios page. */
@NullMarked
package app.goalpost.scenario.ui;

import org.jspecify.annotations.NullMarked;
