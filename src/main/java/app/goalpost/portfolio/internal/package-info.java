/** The stored workspace statuses and weekly snapshots, and the portfolio's queries. */
@NullMarked
package app.goalpost.portfolio.internal;

import org.jspecify.annotations.NullMarked;
