package app.goalpost.funnel;

import app.goalpost.planning.funnel.BaselineMethod;
import app.goalpost.shared.FieldMerge;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A baseline form as the named fields of the field-level merge: the header ({@code name}, {@code method},
 * {@code periodStart}, {@code periodEnd}, {@code benchmarkSet}, {@code budget}) and per stage row
 * {@code stage.<id>.volume} and {@code stage.<id>.spend}, so two people typing into different cells both keep theirs.
 */
final class BaselineFields {

    private static final String STAGE = "stage.";

    private BaselineFields() {
    }

    static Map<String, @Nullable Object> of(BaselineForm f) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("name", f.name() == null ? null : f.name().strip());
        m.put("method", f.method());
        m.put("periodStart", f.periodStart());
        m.put("periodEnd", f.periodEnd());
        m.put("benchmarkSet", f.benchmarkSet().orElse(null));
        m.put("budget", FieldMerge.decimal(f.budget().orElse(null)));
        for (BaselineRow r : f.rows()) {
            m.put(volume(r.stageId()), FieldMerge.decimal(r.volume()));
            m.put(spend(r.stageId()), FieldMerge.decimal(r.spend().orElse(null)));
        }
        return m;
    }

    /** The merged form on the stored stage rows ({@code theirs}: today's stages, in their order). */
    static BaselineForm form(Map<String, @Nullable Object> m, BaselineForm theirs) {
        List<BaselineRow> rows = new ArrayList<>();
        for (BaselineRow r : theirs.rows()) {
            rows.add(new BaselineRow(r.stageId(), r.stageName(), r.stageKey(), (BigDecimal) m.get(volume(r.stageId())),
                    Optional.ofNullable((BigDecimal) m.get(spend(r.stageId())))));
        }
        return new BaselineForm((String) m.get("name"), (BaselineMethod) m.get("method"),
                (LocalDate) m.get("periodStart"), (LocalDate) m.get("periodEnd"),
                Optional.ofNullable((String) m.get("benchmarkSet")), Optional.ofNullable((BigDecimal) m.get("budget")),
                rows);
    }

    static String volume(long stageId) {
        return STAGE + stageId + ".volume";
    }

    static String spend(long stageId) {
        return STAGE + stageId + ".spend";
    }

    /** The stage a row field belongs to, for labels: {@code stage.12.volume} → 12. */
    static Optional<Long> stageOf(String field) {
        if (!field.startsWith(STAGE)) {
            return Optional.empty();
        }
        String rest = field.substring(STAGE.length());
        return Optional.of(Long.valueOf(rest.substring(0, rest.indexOf('.'))));
    }
}
