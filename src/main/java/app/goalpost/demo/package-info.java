/** The demo agency for the embedded database, built only on the features' public services; no feature depends on it. */
@NullMarked
package app.goalpost.demo;

import org.jspecify.annotations.NullMarked;
