package app.goalpost.workspace;

/**
 * What a comment thread of a workspace is about (issue 12); the subject id is that row's id inside the workspace.
 * Here, not in the comments feature, so that the pages that show threads need not depend on it.
 */
public enum DiscussionSubject {
    KPI, SCENARIO, REVIEW
}
