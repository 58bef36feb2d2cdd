/** Database wiring every feature shares: the optional read replica for read-only transactions. */
@NullMarked
package app.goalpost.shared.persistence;

import org.jspecify.annotations.NullMarked;
