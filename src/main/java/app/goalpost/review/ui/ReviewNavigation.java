package app.goalpost.review.ui;

import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.ui.WorkspaceNavigation;

/** Typed link to the review page of a workspace; the view itself stays package-private. */
public final class ReviewNavigation {

    private ReviewNavigation() {
    }

    public static void reviews(WorkspaceId workspaceId) {
        WorkspaceNavigation.open(ReviewsView.class, workspaceId);
    }
}
