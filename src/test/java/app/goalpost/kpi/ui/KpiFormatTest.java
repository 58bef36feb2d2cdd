package app.goalpost.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.planning.pacing.Kpi;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A percentage KPI's value and its share of the goal are written the same way on one card. */
class KpiFormatTest {

    @Test
    void percentValuesAndSharesShareOneFormat() {
        KpiFormat en = new KpiFormat(Kpi.Unit.PERCENT, Currency.getInstance("EUR"), Locale.ENGLISH);
        assertThat(en.value(3.19)).isEqualTo("3.19%");
        assertThat(en.share(0.556)).isEqualTo("55.6%");
        KpiFormat fr = new KpiFormat(Kpi.Unit.PERCENT, Currency.getInstance("EUR"), Locale.FRENCH);
        assertThat(fr.value(3.19)).isEqualTo(fr.share(0.0319).replace("3,2", "3,19"));
        assertThat(fr.value(3.19)).startsWith("3,19").endsWith("%").isNotEqualTo("3,19%");
    }
}
