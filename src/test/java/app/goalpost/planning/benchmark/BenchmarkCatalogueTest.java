package app.goalpost.planning.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenchmarkCatalogueTest {

    static final String HEADER = String.join("\t", BenchmarkCatalogue.HEADER);
    static final String SRC = "\tpercent\tPub\t2025\tTitle\thttps://example.org/x\t";

    static BenchmarkCatalogue parse(String text) {
        return BenchmarkCatalogue.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static BenchmarkCatalogue fixture() {
        InputStream in = BenchmarkCatalogueTest.class.getResourceAsStream("/benchmarks-fixture.tsv");
        assertThat(in).as("fixture on the test classpath").isNotNull();
        return BenchmarkCatalogue.load(in);
    }

    @Test
    void loadsTheFixtureFile() {
        BenchmarkCatalogue c = fixture();
        assertThat(c.version()).isEqualTo("2026.11-test");
        assertThat(c.sets()).extracting(BenchmarkSet::key).containsExactly("fixture-saas", "fixture-shop");
        BenchmarkSet saas = c.set("fixture-saas").orElseThrow();
        assertThat(saas.name()).isEqualTo("Fixture SaaS");
        assertThat(saas.stageOrder()).containsExactly("visitor", "lead", "mql", "sql", "opportunity", "customer");
        BenchmarkRate vl = saas.rate("visitor", "lead").orElseThrow();
        assertThat(vl.rate().median()).isEqualTo(0.029); // percent in the file, fraction in the model
        assertThat(vl.rate().low()).hasValue(0.01);
        assertThat(vl.rate().high()).hasValue(0.05);
        assertThat(vl.source().publisher()).isEqualTo("Fixture Publisher");
        assertThat(vl.source().year()).isEqualTo(2025);
        assertThat(vl.source().url().toString()).isEqualTo("https://example.org/a");
        assertThat(vl.source().note()).isEmpty();
        BenchmarkRate ms = saas.rate("mql", "sql").orElseThrow();
        assertThat(ms.rate().low()).isEmpty();
        assertThat(ms.rate().lowOrMedian()).isEqualTo(0.5);
        assertThat(ms.source().note()).contains("single figure, no range");
        BenchmarkCost cost = saas.firstPaidStage().orElseThrow();
        assertThat(cost.stage()).isEqualTo("visitor");
        assertThat(cost.currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(cost.median()).isEqualByComparingTo("0.50");
        assertThat(cost.at(Point.LOW).amount()).isEqualByComparingTo("0.40");
        assertThat(saas.rate("lead", "visitor")).isEmpty();
        assertThat(c.set("nope")).isEmpty();
        assertThat(c.set("fixture-shop").orElseThrow().costs()).isEmpty();
        CatalogueChecks.assertWellSourced(c);
    }

    @Test
    void versionLineBomAndBlankLines() {
        BenchmarkCatalogue c = parse("\uFEFF# comment\n#version:  7\n\n" + HEADER + "\n\nset\tS\trate\ta\tb\t\t10\t" + SRC
                + "\n");
        assertThat(c.version()).isEqualTo("7");
        assertThat(c.sets().get(0).rates()).hasSize(1);
    }

    @Test
    void duplicateStepKeepsFirstAsPrimary() {
        BenchmarkCatalogue c = parse("# version: 1\n" + HEADER + "\n"
                + "s\tS\trate\ta\tb\t\t10\t" + SRC + "\n"
                + "s\tS\trate\ta\tb\t\t20\t" + SRC + "\n");
        BenchmarkSet s = c.sets().get(0);
        assertThat(s.rate("a", "b").orElseThrow().rate().median()).isEqualTo(0.1);
        assertThat(s.ratesFor("a", "b")).hasSize(2);
        assertThat(s.stageOrder()).containsExactly("a", "b");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad metric|s\tS\tratio\ta\tb\t\t10\t" + SRC + "|metric must be",
        "missing median|s\tS\trate\ta\tb\t1\t\t3" + SRC + "|median is required",
        "not a number|s\tS\trate\ta\tb\t\tten\t" + SRC + "|median is not a number",
        "negative|s\tS\trate\ta\tb\t-1\t2\t3" + SRC + "|low is negative",
        "median above high|s\tS\trate\ta\tb\t1\t5\t3" + SRC + "|high 0.03 < median 0.05",
        "median below low|s\tS\trate\ta\tb\t6\t5\t7" + SRC + "|low 0.06 > median 0.05",
        "rate above 100|s\tS\trate\ta\tb\t\t120\t" + SRC + "|above 100%",
        "same stages|s\tS\trate\ta\ta\t\t10\t" + SRC + "|two different stages",
        "rate without to|s\tS\trate\ta\t\t\t10\t" + SRC + "|to_stage is required",
        "rate unit|s\tS\trate\ta\tb\t\t10\t\tUSD\tPub\t2025\tT\thttps://example.org/x\t|unit 'percent'",
        "cost with to|s\tS\tcost\ta\tb\t\t10\t\tUSD\tPub\t2025\tT\thttps://example.org/x\t|leave to_stage empty",
        "cost unit|s\tS\tcost\ta\t\t\t10\t\tpercent\tPub\t2025\tT\thttps://example.org/x\t|ISO currency",
        "unknown currency|s\tS\tcost\ta\t\t\t10\t\tXQQ\tPub\t2025\tT\thttps://example.org/x\t|unknown currency",
        "zero cost|s\tS\tcost\ta\t\t\t0\t\tUSD\tPub\t2025\tT\thttps://example.org/x\t|must be > 0",
        "no url|s\tS\trate\ta\tb\t\t10\t\tpercent\tPub\t2025\tT\t\tnote|url is required",
        "relative url|s\tS\trate\ta\tb\t\t10\t\tpercent\tPub\t2025\tT\t/x\t|absolute http(s) URL",
        "ftp url|s\tS\trate\ta\tb\t\t10\t\tpercent\tPub\t2025\tT\tftp://example.org/x\t|absolute http(s) URL",
        "bad url|s\tS\trate\ta\tb\t\t10\t\tpercent\tPub\t2025\tT\thttps://exa mple.org\t|invalid url",
        "no publisher|s\tS\trate\ta\tb\t\t10\t\tpercent\t\t2025\tT\thttps://example.org/x\t|publisher is required",
        "bad year|s\tS\trate\ta\tb\t\t10\t\tpercent\tPub\t25\tT\thttps://example.org/x\t|4-digit year",
        "old year|s\tS\trate\ta\tb\t\t10\t\tpercent\tPub\t1850\tT\thttps://example.org/x\t|implausible",
        "uppercase key|s\tS\trate\tVisitor\tb\t\t10\t" + SRC + "|lowercase identifier",
        "bad set key|S S\tS\trate\ta\tb\t\t10\t" + SRC + "|set must be a lowercase identifier",
        "too few fields|s\tS\trate\ta\tb\t\t10|expected 14 tab-separated fields, got 7",
    })
    void malformedRowsFailWithLineNumber(String name, String row, String expected) {
        String text = "# version: 1\n" + HEADER + "\ns\tS\trate\tx\ty\t\t10\t" + SRC + "\n" + row + "\n";
        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(BenchmarkFormatException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(((BenchmarkFormatException) e).line()).isEqualTo(4));
    }

    @Test
    void fileLevelErrors() {
        assertThatThrownBy(() -> parse("# version: 1\n")).hasMessageContaining("no header");
        assertThatThrownBy(() -> parse(HEADER + "\n")).hasMessageContaining("version");
        assertThatThrownBy(() -> parse("# version: 1\n# version: 2\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> parse("# version: 1\nset\tname\n")).hasMessageContaining("line 2")
                .hasMessageContaining("header must be");
        assertThatThrownBy(() -> parse("# version: 1\n" + HEADER + "\ns\tS\trate\ta\tb\t\t10\t" + SRC
                + "\ns\tOther name\trate\tb\tc\t\t10\t" + SRC + "\n")).hasMessageContaining("line 4")
                .hasMessageContaining("two names");
    }

    @Test
    void fromClasspathFailsClearlyOrLoads() {
        // the shipped file is added by the lead; until then the call must fail loudly, not return an empty catalogue
        if (BenchmarkCatalogue.class.getResource(BenchmarkCatalogue.RESOURCE) == null) {
            assertThatThrownBy(BenchmarkCatalogue::fromClasspath).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(BenchmarkCatalogue.RESOURCE);
        } else {
            assertThat(BenchmarkCatalogue.fromClasspath().sets()).isNotEmpty();
        }
    }

    @Test
    void setsCanBeBuiltProgrammatically() {
        Source own = Source.of("Agency Ltd", 2026, "Our 2025 clients", "https://agency.example/benchmarks");
        BenchmarkSet s = new BenchmarkSet("agency-own", "Our clients", List.of(
                new BenchmarkRate("visitor", "lead", Estimate.of(0.02, 0.04, 0.06), own),
                new BenchmarkRate("lead", "customer", Estimate.of(0.05), own)),
                List.of(new BenchmarkCost("visitor", Currency.getInstance("EUR"), Optional.empty(),
                        new BigDecimal("1.20"), Optional.empty(), own)));
        assertThat(s.stageOrder()).containsExactly("visitor", "lead", "customer");
        assertThat(s.rate("lead", "customer").orElseThrow().rate().highOrMedian()).isEqualTo(0.05);
        assertThat(Estimate.of(0.1, 0.2, 0.4).at(Point.HIGH)).isEqualTo(0.4);
        assertThat(Estimate.of(0.1, 0.2, 0.4).scaled(2).median()).isCloseTo(0.4, within(1e-15));
        assertThatThrownBy(() -> new Estimate(OptionalDouble.empty(), Double.NaN, OptionalDouble.empty()))
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> Source.of(" ", 2020, "t", "https://x.org")).hasMessageContaining("publisher");
        CatalogueChecks.assertWellSourced(new BenchmarkCatalogue("own-1", List.of(s)));
    }
}
