package app.goalpost.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The three-way merge of a form saved over someone else's save (docs/decisions/0016-field-level-merge.md). Each side
 * is the form as named fields with comparable values ({@link #decimal} for numbers, so 15 and 15.00 are one value;
 * {@code null} for "empty"): {@code base} is what the saver loaded, {@code theirs} what is stored now, {@code mine}
 * what the saver typed. Per field: changed only by me → mine; changed only by them → theirs; changed by both to
 * the same value → that value; changed by both to different values → a conflict, never one side silently.
 */
public final class FieldMerge {

    private FieldMerge() {
    }

    /**
     * The merge of one save. {@code values} holds every field that still exists in {@code theirs} (a field only in
     * {@code mine}, e.g. of a stage deleted since, is dropped); a conflicting field holds theirs until the saver
     * chooses.
     */
    public record Merged(Map<String, @Nullable Object> values, List<String> takenFromTheirs,
            List<FieldConflict> conflicts) {

        public Merged {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            takenFromTheirs = List.copyOf(takenFromTheirs);
            conflicts = List.copyOf(conflicts);
        }

        /** The merged values with the conflicting fields resolved: mine for those in {@code useMine}, else theirs. */
        public Map<String, @Nullable Object> resolve(Set<String> useMine) {
            Map<String, @Nullable Object> resolved = new LinkedHashMap<>(values);
            for (FieldConflict c : conflicts) {
                resolved.put(c.field(), useMine.contains(c.field()) ? c.mine() : c.theirs());
            }
            return resolved;
        }
    }

    public static Merged merge(Map<String, @Nullable Object> base, Map<String, @Nullable Object> theirs,
            Map<String, @Nullable Object> mine) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        List<String> taken = new ArrayList<>();
        List<FieldConflict> conflicts = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>(theirs.keySet());
        for (String field : fields) {
            Object t = theirs.get(field);
            if (!mine.containsKey(field)) {
                // the saver's form did not have this field (a stage added since): theirs stands
                values.put(field, t);
                continue;
            }
            Object m = mine.get(field);
            boolean known = base.containsKey(field);
            Object b = base.get(field);
            boolean iChanged = !known || !Objects.equals(b, m);
            boolean theyChanged = !known || !Objects.equals(b, t);
            if (Objects.equals(t, m)) {
                values.put(field, t);
            } else if (iChanged && !theyChanged) {
                values.put(field, m);
            } else if (theyChanged && !iChanged) {
                values.put(field, t);
                taken.add(field);
            } else {
                values.put(field, t);
                conflicts.add(new FieldConflict(field, b, t, m));
            }
        }
        return new Merged(values, taken, conflicts);
    }

    /** A number as a merge value: scale does not matter (15 equals 15.00); {@code null} stays empty. */
    public static @Nullable BigDecimal decimal(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    /** A stored fraction (kept with six decimals) as a merge value. */
    public static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
