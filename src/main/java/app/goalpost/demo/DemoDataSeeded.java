package app.goalpost.demo;

import java.util.Map;

/**
 * Published inside the demo agency's tenant scope and transaction once its workspaces exist; keys are
 * "lumen" (startup), "harbor" (scale-up), "keller" (established).
 */
public record DemoDataSeeded(long agencyId, Map<String, Long> workspaceIds) {
}
