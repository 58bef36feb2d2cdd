package app.goalpost.funnel;

import app.goalpost.shared.FieldMerge;
import app.goalpost.shared.MergeConflictException;
import java.util.Optional;
import java.util.Set;

/**
 * Two people changed the same header fields or cells of a baseline: nothing was written. {@link #theirs()} is the
 * stored form (the base of the resolving save), {@link #resolved} the merged form with the saver's choice per field.
 */
public class BaselineConflictException extends MergeConflictException {

    private final transient BaselineForm theirs;

    BaselineConflictException(FieldMerge.Merged merged, BaselineForm theirs, long currentVersion) {
        super(merged, currentVersion);
        this.theirs = theirs;
    }

    public BaselineForm theirs() {
        return theirs;
    }

    public BaselineForm resolved(Set<String> useMine) {
        return BaselineFields.form(resolveValues(useMine), theirs);
    }

    /** The stage of a row field ({@code stage.<id>.volume} or {@code .spend}); empty for a header field. */
    public static Optional<StageId> stageOf(String field) {
        return BaselineFields.stageOf(field).map(StageId::new);
    }

    public static boolean isSpend(String field) {
        return field.endsWith(".spend");
    }
}
