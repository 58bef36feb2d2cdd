package app.goalpost.review.comment.ui;

import app.goalpost.review.comment.CommentService;
import app.goalpost.workspace.DiscussionSubject;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.ui.Discussions;

/** The comments feature's answer to {@link Discussions}: a {@link CommentsPanel} per subject. */
@org.springframework.stereotype.Component
class CommentThreads implements Discussions {

    private final CommentService comments;

    CommentThreads(CommentService comments) {
        this.comments = comments;
    }

    @Override
    public com.vaadin.flow.component.Component thread(WorkspaceDetails workspace, DiscussionSubject subject,
            long subjectId) {
        return new CommentsPanel(comments, workspace, subject, subjectId);
    }
}
