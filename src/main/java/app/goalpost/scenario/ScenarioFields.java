package app.goalpost.scenario;

import app.goalpost.shared.FieldMerge;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A scenario form as the named fields of the field-level merge: the keys are the field names the editor reports
 * errors for ({@code name}, {@code goalKind}, {@code goalStage}, {@code goalAmount}, {@code dealValue},
 * {@code leverKind}, {@code steps}, {@code weights}, {@code volumeShare}, {@code ceilingMode}, {@code periodStart},
 * {@code periodEnd}). The baseline is no field: a scenario never moves to another baseline.
 */
final class ScenarioFields {


    private ScenarioFields() {
    }

    static Map<String, @Nullable Object> of(ScenarioForm f) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("name", f.name() == null ? null : f.name().strip());
        m.put("goalKind", f.goalKind());
        m.put("goalStage", f.goalStage());
        m.put("goalAmount", FieldMerge.decimal(f.goalAmount()));
        m.put("dealValue", FieldMerge.decimal(f.dealValue().orElse(null)));
        m.put("leverKind", f.leverKind());
        m.put("steps", List.copyOf(f.steps()));
        m.put("weights", f.weights().stream().map(FieldMerge::decimal).toList());
        m.put("volumeShare", FieldMerge.decimal(f.volumeShare()));
        m.put("ceilingMode", f.ceilingMode());
        m.put("periodStart", f.periodStart());
        m.put("periodEnd", f.periodEnd());
        return m;
    }

    @SuppressWarnings("unchecked")
    static ScenarioForm form(Map<String, @Nullable Object> m, long baselineId) {
        Object stage = m.get("goalStage");
        BigDecimal share = (BigDecimal) m.get("volumeShare");
        return new ScenarioForm((String) m.get("name"), baselineId, (GoalKind) m.get("goalKind"),
                stage == null ? -1 : (Integer) stage, (BigDecimal) m.get("goalAmount"),
                Optional.ofNullable((BigDecimal) m.get("dealValue")), (LeverKind) m.get("leverKind"),
                (List<Integer>) m.get("steps"),
                ((List<BigDecimal>) m.get("weights")).stream().map(BigDecimal::doubleValue).toList(),
                share == null ? 0 : share.doubleValue(), (CeilingMode) m.get("ceilingMode"),
                (LocalDate) m.get("periodStart"), (LocalDate) m.get("periodEnd"));
    }
}
