/** Part of the planning engine; see {@link app.goalpost.planning} for number types and conventions. */
@org.jspecify.annotations.NullMarked
package app.goalpost.planning.review;
