package app.goalpost.planning.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The shipped catalogue (src/main/resources/app/goalpost/planning/benchmarks.tsv) must exist, parse, and give every
 * number a source (publisher, year, URL) and a consistent range. Add this class together with the data file:
 * it fails if the resource is missing, on purpose.
 * Goes to src/test/java/app/goalpost/planning/benchmark/BenchmarkCatalogueResourceTest.java.
 */
class BenchmarkCatalogueResourceTest {

    @Test
    void shippedCatalogueExistsAndIsWellSourced() {
        assertThat(BenchmarkCatalogue.class.getResource(BenchmarkCatalogue.RESOURCE))
                .as("classpath resource " + BenchmarkCatalogue.RESOURCE).isNotNull();
        BenchmarkCatalogue c = BenchmarkCatalogue.fromClasspath();
        CatalogueChecks.assertWellSourced(c);
        // the benchmark catalogue feature: B2B SaaS, B2B professional services, B2B manufacturing/industrial and B2C e-commerce at least
        assertThat(c.sets()).as("at least the four industries the catalogue promises").hasSizeGreaterThanOrEqualTo(4);
    }
}
