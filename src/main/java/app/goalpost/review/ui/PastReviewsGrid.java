package app.goalpost.review.ui;

import app.goalpost.review.PastReview;
import app.goalpost.review.ReviewHistoryService;
import app.goalpost.shared.ui.Formats;
import app.goalpost.workspace.WorkspaceId;
import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every past review of a workspace, newest first, loaded page by page from {@link ReviewHistoryService} (a workspace
 * reviewed monthly for years must not load everything); a click opens the review's full record.
 */
class PastReviewsGrid extends Grid<PastReview> {

    static final int PAGE_SIZE = 50;

    PastReviewsGrid(ReviewHistoryService history, WorkspaceId workspaceId, Locale locale) {
        setId("review-history");
        setPageSize(PAGE_SIZE);
        addColumn(r -> Formats.date(r.date(), locale)).setHeader(getTranslation("review.history.date"))
                .setAutoWidth(true).setKey("date");
        addColumn(PastReview::recordedBy).setHeader(getTranslation("review.history.by")).setAutoWidth(true)
                .setKey("by");
        addColumn(r -> getTranslation("review.decision." + r.decision().name()))
                .setHeader(getTranslation("review.history.decision")).setAutoWidth(true).setKey("decision");
        addColumn(r -> r.notes().orElse("")).setHeader(getTranslation("review.history.notes")).setFlexGrow(3)
                .setKey("notes");
        addColumn(r -> r.closedTriggers().stream().map(t -> ReviewDueText.kind(t.kind(), this))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("review.history.closed"))
                .setFlexGrow(2).setKey("closed");
        setItems(query -> history.page(workspaceId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, history.count(workspaceId)));
        addItemClickListener(e -> ReviewNavigation.record(workspaceId, e.getItem().id()));
        setHeight("24em");
    }
}
