package app.goalpost.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading numbers as people type them, in English and French: every character counts, nothing is guessed. */
class DecimalFieldTest {

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "refused", value = {
            "1234.5|en|1234.5", "1,234.5|en|1234.5", "1,234,567|en|1234567", "-5|en|-5", ".5|en|0.5",
            "12,5|en|refused", "1e30|en|refused", "1,2345|en|refused", "12.5.1|en|refused", "12a|en|refused",
            "99999999999999999999|en|99999999999999999999", "\u22125|en|-5", "1 234|en|refused",
            "1234,5|fr|1234.5", "1 234,5|fr|1234.5", "1\u202f234,5|fr|1234.5", "1\u00a0234|fr|1234",
            "12.5|fr|12.5", "1e30|fr|refused", "12,5,1|fr|refused", "1 23|fr|refused", "12,|fr|refused"})
    void readsTheUsersWayOfWritingNumbersAndNothingElse(String text, String language, String expected) {
        Optional<BigDecimal> parsed = DecimalField.parse(text, Locale.forLanguageTag(language));
        if (expected == null) {
            assertThat(parsed).isEmpty();
        } else {
            assertThat(parsed).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1234.5|en|1234.5", "1234.5|fr|1234,5", "20000|fr|20000", "0.50|en|0.5"})
    void showsAValueTheWayItIsReadBack(String value, String language, String shown) {
        Locale locale = Locale.forLanguageTag(language);
        assertThat(DecimalField.format(new BigDecimal(value), locale)).isEqualTo(shown);
        assertThat(DecimalField.parse(shown, locale)).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(value));
    }
}
