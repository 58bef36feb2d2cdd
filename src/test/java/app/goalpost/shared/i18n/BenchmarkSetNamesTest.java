package app.goalpost.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.planning.benchmark.BenchmarkCatalogue;
import app.goalpost.planning.benchmark.BenchmarkSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every benchmark set of the catalogue is named in English and in French (the catalogue itself is English). */
class BenchmarkSetNamesTest {

    @Test
    void everySetHasANameInBothLanguages() {
        for (BenchmarkSet set : BenchmarkCatalogue.fromClasspath().sets()) {
            assertThat(GoalpostI18NProvider.translate("benchmarkSet." + set.key(), Locale.ENGLISH))
                    .isEqualTo(set.name());
            assertThat(GoalpostI18NProvider.translate("benchmarkSet." + set.key(), Locale.FRENCH))
                    .doesNotStartWith("!");
        }
        assertThat(GoalpostI18NProvider.translate("benchmarkSet.b2b-saas", Locale.FRENCH)).isEqualTo("SaaS B2B");
    }
}
