package app.goalpost.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.shared.ui.Formats;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Generated sentences write percentages exactly as the tables do, in English and in French. */
class PercentWordingTest {

    @Test
    void sentencesUseTheLocalesPercentFormat() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            String text = GoalpostI18NProvider.translate("plan.step.change", locale, "Visitor", "Lead", 0.03, 0.035);
            assertThat(text).contains(Formats.percent(0.03, 2, locale)).contains(Formats.percent(0.035, 2, locale));
        }
        // French puts a (narrow) no-break space before %, as its tables do: "de 3 % à 3,5 %"
        String french = GoalpostI18NProvider.translate("plan.step.change", Locale.FRENCH, "A", "B", 0.03, 0.035);
        assertThat(french).doesNotContain("3%").doesNotContain("3,5%");
        assertThat(GoalpostI18NProvider.translate("plan.step.change", Locale.ENGLISH, "A", "B", 0.03, 0.0345))
                .contains("3%").contains("3.45%");
    }

    @Test
    void theEnglishTextStaysTheEnginesForLargePercentages() {
        app.goalpost.planning.Message m = app.goalpost.planning.Message.of("plan.step.change", "A", "B", 0.03, 49.0);
        assertThat(GoalpostI18NProvider.translate(m.key(), Locale.ENGLISH, m.args().toArray()))
                .isEqualTo(app.goalpost.planning.Messages.english(m)).contains("4900%");
    }
}
