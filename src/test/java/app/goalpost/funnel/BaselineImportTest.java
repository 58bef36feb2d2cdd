package app.goalpost.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Parsing baselines as people keep them in spreadsheets, and refusing malformed files cell by cell. */
class BaselineImportTest {

    static final List<StageInfo> STAGES = List.of(
            new StageInfo(1, 0, "Website visitors", Optional.of("visitor"), 0),
            new StageInfo(2, 1, "Leads", Optional.of("lead"), 0),
            new StageInfo(3, 2, "Customers", Optional.of("customer"), 0));

    static BaselinePreview csv(String text) {
        return BaselineImport.parse(text.getBytes(StandardCharsets.UTF_8), "baseline.csv", STAGES);
    }

    @Test
    void stagesAsColumnsWithoutLabels() {
        BaselinePreview p = csv("Website visitors,Leads,Customers\n20000,600,18\n10000,,\n");
        assertThat(p.valid()).isTrue();
        assertThat(p.stagesAsColumns()).isTrue();
        assertThat(p.rows()).extracting(r -> r.volume().longValue()).containsExactly(20_000L, 600L, 18L);
        assertThat(p.rows().getFirst().spend()).contains(new BigDecimal("10000"));
    }

    @Test
    void stagesAsRowsWithKeysFrenchSeparatorsAndABlankLine() {
        BaselinePreview p = csv("Étape;Volume;Dépense\n\nvisitor;20 000;1 234,50\nlead;600;\ncustomer;18,5;\n");
        assertThat(p.errors()).isEmpty();
        assertThat(p.stagesAsColumns()).isFalse();
        assertThat(p.rows().get(2).volume()).isEqualByComparingTo("18.5");
        assertThat(p.rows().getFirst().spend()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("1234.50"));
    }

    @Test
    void malformedCellsAreReportedWithTheirAddress() {
        BaselinePreview p = csv("Stage,Website visitors,Leads,Customers,Demos\nVolume,20000,lots,-3,4\n");
        assertThat(p.valid()).isFalse();
        assertThat(p.errors()).extracting(e -> e.cell() + " " + e.messageKey()).contains(
                "C2 import.error.notNumber", "D2 import.error.negative", "E1 import.error.unknownStage");
    }

    @Test
    void brokenEmptyOrForeignFilesAreRefused() {
        assertThat(BaselineImport.parse(new byte[0], "x.csv", STAGES).errors()).extracting(BaselinePreview.Problem::messageKey)
                .containsExactly("import.error.size");
        assertThat(BaselineImport.parse("PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1), "x.xlsx", STAGES)
                .errors()).extracting(BaselinePreview.Problem::messageKey).containsExactly("import.error.unreadable");
        assertThat(csv("\"unterminated,quote\n1,2").errors()).extracting(BaselinePreview.Problem::messageKey)
                .containsExactly("import.error.unreadable");
        assertThat(csv("a,b,c\n1,2,3\n").errors()).extracting(BaselinePreview.Problem::messageKey)
                .containsExactly("import.error.noStages");
        assertThat(csv("Website visitors,Leads,Leads,Customers\n1,2,3,4\n").errors())
                .extracting(BaselinePreview.Problem::messageKey).contains("import.error.duplicateStage");
    }

    @Test
    void anExportReadsBackInBothFormats() {
        BaselineData data = new BaselineData(9, 1, "Q3, \"best\" quarter", app.goalpost.planning.funnel.BaselineMethod
                .OWN_PREVIOUS_PERIOD, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), true, Optional.empty(),
                Optional.empty(), 0, List.of(
                        new BaselineRow(1, "Website visitors", Optional.of("visitor"), new BigDecimal("20000"),
                                Optional.of(new BigDecimal("10000.00"))),
                        new BaselineRow(2, "Leads", Optional.of("lead"), new BigDecimal("600.5"), Optional.empty()),
                        new BaselineRow(3, "Customers", Optional.of("customer"), new BigDecimal("18"),
                                Optional.empty())));
        for (BaselinePreview p : List.of(BaselineImport.parse(BaselineSheets.csv(data), "a.csv", STAGES),
                BaselineImport.parse(BaselineSheets.xlsx(data), "a.xlsx", STAGES))) {
            assertThat(p.errors()).isEmpty();
            assertThat(p.rows()).extracting(r -> r.volume().doubleValue()).containsExactly(20_000.0, 600.5, 18.0);
            assertThat(p.rows().getFirst().spend()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("10000"));
        }
        assertThat(BaselineSheets.fileName(data, "xlsx")).isEqualTo("q3-best-quarter.xlsx");
    }
}
