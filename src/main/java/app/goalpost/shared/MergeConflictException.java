package app.goalpost.shared;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A save over someone else's save changed fields they changed too: nothing has been written. Lists the conflicting
 * fields and the version now stored; the saver chooses per field and saves {@link #resolve the resolution} against
 * {@link #currentVersion()} with the stored form as its base, which merges again if yet another save came in.
 * No entity records who saved last, so the page says "someone else" (nothing is made up).
 */
public class MergeConflictException extends RuntimeException {

    private final transient FieldMerge.Merged merged;
    private final long currentVersion;

    public MergeConflictException(FieldMerge.Merged merged, long currentVersion) {
        super("conflicting fields: " + merged.conflicts().stream().map(FieldConflict::field).toList());
        if (merged.conflicts().isEmpty()) {
            throw new IllegalArgumentException("a merge without conflicts is no conflict");
        }
        this.merged = merged;
        this.currentVersion = currentVersion;
    }

    public List<FieldConflict> conflicts() {
        return merged.conflicts();
    }

    public long currentVersion() {
        return currentVersion;
    }

    /** The fields the saver did not choose: taken in from the other save without asking (different fields). */
    public List<String> takenFromTheirs() {
        return merged.takenFromTheirs();
    }

    protected Map<String, @Nullable Object> resolveValues(Set<String> useMine) {
        return merged.resolve(useMine);
    }
}
