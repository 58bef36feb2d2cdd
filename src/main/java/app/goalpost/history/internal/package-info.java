@NullMarked
package app.goalpost.history.internal;

import org.jspecify.annotations.NullMarked;
