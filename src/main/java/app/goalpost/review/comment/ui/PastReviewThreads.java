package app.goalpost.review.comment.ui;

import app.goalpost.review.PastReview;
import app.goalpost.workspace.DiscussionSubject;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.ui.Discussions;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The reviews page's comments: pick a past review (the newest first, preselected) and read or write its thread.
 * One thread at a time, so a page with fifty reviews loads one thread, not fifty.
 */
public class PastReviewThreads extends Div {

    private final Div thread = new Div();

    public PastReviewThreads(Discussions discussions, WorkspaceDetails workspace, List<PastReview> history) {
        setId("review-comments");
        setWidthFull();
        if (history.isEmpty()) {
            setVisible(false);
            return;
        }
        add(new H3(getTranslation("comment.review.title")));
        Select<PastReview> which = new Select<>();
        which.setId("review-comments-select");
        which.setLabel(getTranslation("comment.review.which"));
        which.setItems(history);
        which.setItemLabelGenerator(r -> getTranslation("comment.review.item",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(r.date()),
                r.recordedBy()));
        which.addValueChangeListener(e -> {
            thread.removeAll();
            if (e.getValue() != null) {
                thread.add(discussions.thread(workspace, DiscussionSubject.REVIEW, e.getValue().id()));
            }
        });
        thread.setWidthFull();
        add(which, thread);
        which.setValue(history.getFirst());
    }
}
