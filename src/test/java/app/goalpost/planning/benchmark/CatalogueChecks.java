package app.goalpost.planning.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Source and range checks every catalogue must pass (also used for the shipped file). The parser enforces most of
 * them already; checking again here guards against a later, more lenient parser.
 */
public final class CatalogueChecks {

    private CatalogueChecks() {
    }

    public static void assertWellSourced(BenchmarkCatalogue c) {
        assertThat(c.version()).isNotBlank();
        assertThat(c.sets()).isNotEmpty();
        for (BenchmarkSet s : c.sets()) {
            assertThat(s.rates()).as("rates of set %s", s.key()).isNotEmpty();
            for (BenchmarkRate r : s.rates()) {
                String what = s.key() + " " + r.fromStage() + "→" + r.toStage();
                checkSource(r.source(), what);
                assertThat(r.rate().lowOrMedian()).as("low ≤ median: %s", what).isLessThanOrEqualTo(r.rate().median());
                assertThat(r.rate().highOrMedian()).as("median ≤ high: %s", what)
                        .isGreaterThanOrEqualTo(r.rate().median());
                assertThat(r.rate().highOrMedian()).as("rate ≤ 100%%: %s", what).isLessThanOrEqualTo(1.0);
            }
            for (BenchmarkCost k : s.costs()) {
                String what = s.key() + " cost " + k.stage();
                checkSource(k.source(), what);
                assertThat(k.low().orElse(k.median())).as("low ≤ median: %s", what).isLessThanOrEqualTo(k.median());
                assertThat(k.high().orElse(k.median())).as("median ≤ high: %s", what)
                        .isGreaterThanOrEqualTo(k.median());
            }
        }
    }

    private static void checkSource(Source src, String what) {
        assertThat(src.publisher()).as("publisher of %s", what).isNotBlank();
        assertThat(src.year()).as("year of %s", what).isBetween(1990, 2100);
        assertThat(src.url().getScheme()).as("url scheme of %s", what).isIn("http", "https");
        assertThat(src.url().getHost()).as("url host of %s", what).isNotBlank();
    }
}
