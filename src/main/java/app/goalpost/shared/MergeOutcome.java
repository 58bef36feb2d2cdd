package app.goalpost.shared;

import java.util.List;

/**
 * A save that went through: {@code takenFromTheirs} names the fields someone else had changed since the form was
 * loaded and that were kept (empty when nobody saved in between). The page reloads and mentions them.
 */
public record MergeOutcome(List<String> takenFromTheirs) {

    public MergeOutcome {
        takenFromTheirs = List.copyOf(takenFromTheirs);
    }

    public static MergeOutcome direct() {
        return new MergeOutcome(List.of());
    }
}
