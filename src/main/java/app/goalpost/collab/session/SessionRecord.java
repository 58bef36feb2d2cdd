package app.goalpost.collab.session;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An ended session as it was stored: who took part, what was noted and decided, which scenarios were discussed. */
public record SessionRecord(SessionId id, long workspaceId, String workspaceName, ZoneId timeZone, String title,
        String facilitatorName, Instant startedAt, Instant endedAt, Set<AgendaStep> agendaDone,
        List<SessionView.Participant> participants, String notes, List<String> decisions,
        List<SessionScenarios.ScenarioRef> scenarios, Optional<SessionScenarios.ScenarioRef> adopted) {
}
