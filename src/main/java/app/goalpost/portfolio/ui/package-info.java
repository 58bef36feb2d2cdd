/** The agency home as a portfolio. */
@NullMarked
package app.goalpost.portfolio.ui;

import org.jspecify.annotations.NullMarked;
