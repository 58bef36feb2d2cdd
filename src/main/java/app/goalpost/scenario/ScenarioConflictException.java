package app.goalpost.scenario;

import app.goalpost.shared.FieldMerge;
import app.goalpost.shared.MergeConflictException;
import java.util.Set;

/**
 * Two people changed the same fields of a scenario: nothing was written. {@link #theirs()} is the stored form (the
 * base of the resolving save), {@link #resolved} the merged form with the saver's choice per conflicting field.
 */
public class ScenarioConflictException extends MergeConflictException {

    private final transient ScenarioForm theirs;

    ScenarioConflictException(FieldMerge.Merged merged, ScenarioForm theirs, long currentVersion) {
        super(merged, currentVersion);
        this.theirs = theirs;
    }

    public ScenarioForm theirs() {
        return theirs;
    }

    /** The form to save against {@link #currentVersion()}: mine for the fields in {@code useMine}, else theirs. */
    public ScenarioForm resolved(Set<String> useMine) {
        return ScenarioFields.form(resolveValues(useMine), theirs.baselineId());
    }
}
