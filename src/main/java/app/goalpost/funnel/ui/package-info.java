/** The funnel baseline and growth levers pages. */
@NullMarked
package app.goalpost.funnel.ui;

import org.jspecify.annotations.NullMarked;
