package app.goalpost.review.ui;

import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.ui.WorkspaceNavigation;
import com.vaadin.flow.component.UI;
import java.util.Map;

/** Typed link to the review page of a workspace; the view itself stays package-private. */
public final class ReviewNavigation {

    private ReviewNavigation() {
    }

    public static void reviews(WorkspaceId workspaceId) {
        WorkspaceNavigation.open(ReviewsView.class, workspaceId);
    }

    /** The review itself: the plan against the latest data, the proposed baseline and the decision. */
    public static void hold(WorkspaceId workspaceId) {
        WorkspaceNavigation.open(ReplanView.class, workspaceId);
    }

    /** One past review in full. */
    public static void record(WorkspaceId workspaceId, long reviewId) {
        UI.getCurrent().navigate(ReviewRecordView.class, WorkspaceNavigation.params(workspaceId,
                Map.of(ReviewRecordView.REVIEW_ID, String.valueOf(reviewId))));
    }
}
