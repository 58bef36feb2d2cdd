package app.goalpost.workspace.ui;

import app.goalpost.workspace.DiscussionSubject;
import app.goalpost.workspace.WorkspaceDetails;
import com.vaadin.flow.component.Component;

/**
 * The comment thread under a subject of a workspace page (a KPI, a scenario, a past review). Pages ask for it
 * here so that they need not depend on the comments feature, which implements it (issue 12); one line per page.
 */
public interface Discussions {

    /** A new thread component for the signed-in user: their visible comments, a form if they may write. */
    Component thread(WorkspaceDetails workspace, DiscussionSubject subject, long subjectId);
}
