package app.goalpost.funnel;

import app.goalpost.planning.benchmark.BenchmarkCatalogue;
import app.goalpost.planning.benchmark.BenchmarkSet;
import app.goalpost.workspace.Industry;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The benchmark catalogue shipped with the app, read once; public figures, not tenant data. */
@Component
public class Benchmarks {

    private final BenchmarkCatalogue catalogue = BenchmarkCatalogue.fromClasspath();

    public List<BenchmarkSet> sets() {
        return catalogue.sets();
    }

    public Optional<BenchmarkSet> set(String key) {
        return key == null ? Optional.empty() : catalogue.set(key);
    }

    /** The set of the workspace's industry, if the catalogue has one. */
    public Optional<BenchmarkSet> forIndustry(Industry industry) {
        return set(industry.benchmarkSet());
    }

    public String version() {
        return catalogue.version();
    }
}
