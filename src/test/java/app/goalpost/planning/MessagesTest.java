package app.goalpost.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyTemplateFormatsWithTypicalArguments() {
        for (Map.Entry<String, String> e : Messages.ENGLISH.entrySet()) {
            // numbers where the pattern formats a number, text elsewhere
            Format[] formats = new MessageFormat(e.getValue(), Locale.ENGLISH).getFormatsByArgumentIndex();
            List<Object> args = new ArrayList<>();
            for (Format f : formats) {
                args.add(f instanceof NumberFormat ? (Object) 0.25 : "X");
            }
            String text = Messages.english(new Message(e.getKey(), args));
            assertThat(text).as(e.getKey()).doesNotContain("{").isNotBlank();
        }
    }

    @Test
    void formatsMoneyDatesAndUnknownKeys() {
        assertThat(Messages.english(Message.of("plan.extraMediaSpend", 3334L, "Website visitors",
                Money.of("1667.0", "EUR"))))
                .isEqualTo("Extra media spend: 3,334 more Website visitors at the current cost, 1,667.00 EUR.");
        assertThat(Messages.english(Message.of("review.due", LocalDate.of(2026, 3, 1))))
                .isEqualTo("Next review due on 2026-03-01.");
        assertThat(Messages.english(Message.of("no.such.key"))).isEqualTo("no.such.key");
        assertThat(Messages.english(Message.of("plan.target.rounded", "Customers", new BigDecimal("20.7"),
                new BigDecimal("21"), 18.0)))
                .isEqualTo("Target: 20.7 Customers, rounded up to 21 whole Customers (baseline 18).");
    }
}
