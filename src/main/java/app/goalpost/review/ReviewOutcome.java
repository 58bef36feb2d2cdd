package app.goalpost.review;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the person holding a review records with either outcome.
 *
 * @param participants   user ids of the people who took part; each must be someone who may see the workspace
 * @param sessionId      the workspace's running goal-setting session, when the review is held inside it
 * @param planScenarioId the plan of record the page showed (empty: none), so a plan adopted meanwhile by someone
 *                       else is not silently replaced
 */
public record ReviewOutcome(List<Long> participants, @Nullable String notes, Optional<Long> sessionId,
        Optional<Long> planScenarioId) {

    public ReviewOutcome {
        participants = List.copyOf(participants);
    }
}
