package app.goalpost.funnel;

import java.util.Optional;

/** A funnel stage of a workspace as pages see it; {@code benchmarkKey} links it to benchmark data. */
public record StageInfo(long id, int order, String name, Optional<String> benchmarkKey, long version) {
}
