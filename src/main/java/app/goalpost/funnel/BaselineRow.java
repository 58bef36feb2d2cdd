package app.goalpost.funnel;

import java.math.BigDecimal;
import java.util.Optional;

/** One stage of a baseline: its volume and the spend attributed to it, if any. */
public record BaselineRow(long stageId, String stageName, Optional<String> stageKey, BigDecimal volume,
        Optional<BigDecimal> spend) {
}
