package app.goalpost.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import app.goalpost.shared.sheet.SheetReader;
import app.goalpost.shared.sheet.SheetRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportValuesTest {

    @Test
    void datesIsoAndDayFirstOnly() {
        assertThat(ImportValues.date("2026-03-31")).contains(LocalDate.of(2026, 3, 31));
        assertThat(ImportValues.date("31/03/2026")).contains(LocalDate.of(2026, 3, 31));
        assertThat(ImportValues.date("1.3.2026")).contains(LocalDate.of(2026, 3, 1));
        assertThat(ImportValues.date("2026-02-30")).isEmpty();
        assertThat(ImportValues.date("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
        assertThat(ImportValues.date("2026-13-01")).isEmpty();
        assertThat(ImportValues.date("2026-1a-01")).isEmpty();
        assertThat(ImportValues.date("03/31/2026")).isEmpty();
        assertThat(ImportValues.date("")).isEmpty();
    }

    @Test
    void numbersWithEitherDecimalSeparator() {
        assertThat(ImportValues.number("1234.5")).contains(new BigDecimal("1234.5"));
        assertThat(ImportValues.number("1 234,5")).contains(new BigDecimal("1234.5"));
        assertThat(ImportValues.number("1,234.5")).contains(new BigDecimal("1234.5"));
        assertThat(ImportValues.number("1.234,5")).contains(new BigDecimal("1234.5"));
        assertThat(ImportValues.number("1,234,567")).contains(new BigDecimal("1234567"));
        assertThat(ImportValues.number("12,5")).contains(new BigDecimal("12.5"));
        assertThat(ImportValues.number("abc")).isEmpty();
        assertThat(ImportValues.number("123.45")).contains(new BigDecimal("123.45"));
        assertThat(ImportValues.number("1.2.3")).isEmpty();
        assertThat(ImportValues.number("1000000000000")).isEmpty();
        assertThat(ImportValues.number("999999999999.9999")).contains(new BigDecimal("999999999999.9999"));
        assertThat(ImportValues.number("")).isEmpty();
    }

    @Test
    void csvCellsHonourQuotes() {
        List<SheetRow> rows = new ArrayList<>();
        SheetReader.readText("2026-01-01,\"Leads, web\",\"1,5\"", rows::add);
        assertThat(rows.getFirst().cells()).containsExactly("2026-01-01", "Leads, web", "1,5");
    }
}
