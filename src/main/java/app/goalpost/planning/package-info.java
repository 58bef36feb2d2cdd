/**
 * The planning engine: funnel baselines, benchmark catalogue, lever analysis, goal back-planning, KPI pacing
 * and review cadence. Pure JDK (no Spring, JPA, Vaadin or Jackson) so every screen, report and job computes the
 * same numbers the same way. The definitions it implements are in docs/method.md (the rules a caller needs: docs/planning-engine.md).
 *
 * <h2>Number types (why)</h2>
 * <ul>
 *   <li><b>Money</b> is {@link app.goalpost.planning.Money} ({@code BigDecimal} + {@code Currency}); divisions use
 *       {@link java.math.MathContext#DECIMAL64}. The engine never rounds money for display.</li>
 *   <li><b>Volumes, rates, multipliers and percentages are {@code double}.</b> Marketing counts are far below
 *       2<sup>53</sup>, rate chains are products, and the solvers need real powers/roots (a geometric split of a
 *       multiplier over n rates is M<sup>1/n</sup>), which {@code BigDecimal} cannot do; {@code double} also keeps the
 *       10-stage solve under 10&nbsp;µs and a 365-day pacing series under 50&nbsp;µs. Where decimal exactness matters
 *       for the user – turning a goal into a target figure and rounding a whole-unit target <em>up</em>
 *       (18 × 1.15 = 20.7 → 21) – the engine computes in {@code BigDecimal}, so 100 × 1.1 is 110, never 111.
 *       "Applying a plan reproduces the target" therefore holds to double precision (relative error &lt; 1e-12).</li>
 *   <li>All percentages are <b>fractions</b> (0.03 = 3%) except in the benchmark file, whose rates are written in
 *       percent and converted on load.</li>
 *   <li>An undefined rate (upstream volume 0) is {@link app.goalpost.planning.Rate.NoData}, never NaN, Infinity
 *       or 0.</li>
 * </ul>
 *
 * <h2>Messages</h2>
 * Warnings and findings are structured ({@link app.goalpost.planning.Message}: a key plus typed arguments) so the
 * UI can render them in any language. {@link app.goalpost.planning.Messages} holds the English default templates;
 * a translation must cover every key of {@link app.goalpost.planning.Messages#ENGLISH}.
 *
 * <h2>Indices</h2>
 * Stages are indexed from 0. Step {@code i} is the conversion from stage {@code i} to stage {@code i + 1}.
 */
@org.jspecify.annotations.NullMarked
package app.goalpost.planning;
