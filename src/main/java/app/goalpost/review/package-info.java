/**
 * Goal reviews (docs/method.md, step 5): the review policy of a workspace, triggers recorded by people, and the
 * reviews held. Cadence rules come from the planning engine ({@code planning.review}); this package stores and
 * schedules. This package is the API; {@code internal} holds entities and repositories; {@code ui} the page.
 */
@NullMarked
package app.goalpost.review;

import org.jspecify.annotations.NullMarked;
