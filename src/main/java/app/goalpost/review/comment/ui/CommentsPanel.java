package app.goalpost.review.comment.ui;

import app.goalpost.review.comment.CommentEntry;
import app.goalpost.review.comment.CommentService;
import app.goalpost.review.comment.CommentThread;
import app.goalpost.review.comment.Mentionable;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.workspace.DiscussionSubject;
import app.goalpost.workspace.WorkspaceDetails;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A comment thread under a KPI, a scenario or a review: the comments the user may read (text shown as text, line
 * breaks kept), their own ones editable, and a form with the mention suggestions of the workspace's people. The
 * "internal" box exists for staff only; ticking it limits the suggestions to staff.
 */
class CommentsPanel extends Div {

    private final transient CommentService comments;
    private final WorkspaceDetails workspace;
    private final DiscussionSubject subject;
    private final long subjectId;
    private final H3 title = new H3();
    private final Div list = new Div();
    private final TextArea body = new TextArea();
    private final MultiSelectComboBox<Mentionable> mentions = new MultiSelectComboBox<>();
    private final Checkbox internal = new Checkbox();
    private boolean built;

    CommentsPanel(CommentService comments, WorkspaceDetails workspace, DiscussionSubject subject, long subjectId) {
        this.comments = comments;
        this.workspace = workspace;
        this.subject = subject;
        this.subjectId = subjectId;
        setId("comments-" + subject.name().toLowerCase(java.util.Locale.ROOT) + "-" + subjectId);
        addClassName("gp-comments");
        setWidthFull();
        list.setId("comment-list");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (!built) {
            built = true;
            build();
        }
    }

    private void build() {
        add(title, list);
        CommentThread thread = load();
        body.setId("comment-body");
        body.setLabel(getTranslation("comment.body"));
        body.setMaxLength(CommentService.MAX_LENGTH);
        body.setValueChangeMode(ValueChangeMode.EAGER);
        body.setHelperText(getTranslation("comment.limit", 0, CommentService.MAX_LENGTH));
        body.addValueChangeListener(e -> {
            body.setHelperText(getTranslation("comment.limit", e.getValue().length(), CommentService.MAX_LENGTH));
            body.setInvalid(false);
        });
        body.setWidthFull();
        body.setMinHeight("6em");
        mentions.setId("comment-mentions");
        mentions.setLabel(getTranslation("comment.mentions"));
        mentions.setHelperText(getTranslation("comment.mentions.help"));
        mentions.setItemLabelGenerator(m -> m.staff() ? m.name() : getTranslation("comment.mentions.client", m.name()));
        mentions.setWidth("24em");
        mentions.addValueChangeListener(e -> mentions.setInvalid(false));
        loadMentionable(false);
        Button post = new Button(getTranslation("comment.post"), e -> post());
        post.setId("comment-post");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(mentions);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        if (thread.canMarkInternal()) {
            internal.setId("comment-internal");
            internal.setLabel(getTranslation("comment.internal"));
            internal.addValueChangeListener(e -> loadMentionable(e.getValue()));
            row.add(internal);
        }
        row.add(post);
        add(body, row);
    }

    private void loadMentionable(boolean internalOnly) {
        Set<Long> chosen = mentions.getValue().stream().map(Mentionable::userId).collect(Collectors.toSet());
        List<Mentionable> people = comments.mentionable(workspace.workspaceId(), internalOnly);
        mentions.setItems(people);
        mentions.setValue(people.stream().filter(p -> chosen.contains(p.userId())).collect(Collectors.toSet()));
    }

    private CommentThread load() {
        CommentThread thread = comments.thread(workspace.workspaceId(), subject, subjectId);
        title.setText(getTranslation("comment.title", thread.total()));
        title.setId("comment-title");
        list.removeAll();
        if (thread.comments().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("comment.none"));
            none.addClassName("gp-empty");
            none.setId("comment-none");
            list.add(none);
        }
        if (thread.total() > thread.comments().size()) {
            list.add(new Paragraph(getTranslation("comment.older", thread.total() - thread.comments().size())));
        }
        thread.comments().forEach(c -> list.add(entry(c)));
        return thread;
    }

    private Div entry(CommentEntry c) {
        Div box = new Div();
        box.setId("comment-" + c.id());
        box.addClassName("gp-comment");
        box.getStyle().set("border-left", "3px solid var(--lumo-contrast-20pct)").set("padding", "0 0 0 .75em")
                .set("margin", ".5em 0");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(workspace.timeZone());
        Span meta = new Span(getTranslation(c.editedAt().isPresent() ? "comment.meta.edited" : "comment.meta",
                c.author(), when.format(c.createdAt())));
        meta.addClassName("gp-comment-meta");
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout head = new HorizontalLayout(meta);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (c.internal()) {
            Span badge = new Span(getTranslation("comment.internal.badge"));
            badge.getElement().getThemeList().add("badge contrast small");
            badge.addClassName("gp-comment-internal");
            head.add(badge);
        }
        // setText: whatever was pasted (markup, line breaks) is shown literally, never parsed as HTML
        Div text = new Div();
        text.setText(c.body());
        text.addClassName("gp-comment-body");
        text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        box.add(head, text);
        if (!c.mentioned().isEmpty()) {
            Span who = new Span(getTranslation("comment.mentioned", String.join(", ", c.mentioned())));
            who.addClassName("gp-comment-mentioned");
            who.getStyle().set("font-size", "var(--lumo-font-size-s)");
            box.add(who);
        }
        if (c.mine()) {
            Button edit = new Button(getTranslation("comment.edit"), e -> edit(box, c));
            edit.setId("comment-edit-" + c.id());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            Button delete = new Button(getTranslation("comment.delete"), e -> {
                try {
                    comments.delete(workspace.workspaceId(), c.id());
                    load();
                } catch (InvalidInputException ex) {
                    FieldErrors.show(ex, this);
                    load();
                }
            });
            delete.setId("comment-delete-" + c.id());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL,
                    ButtonVariant.LUMO_ERROR);
            box.add(new HorizontalLayout(edit, delete));
        }
        return box;
    }

    private void edit(Div box, CommentEntry c) {
        TextArea field = new TextArea();
        field.setId("comment-edit-body");
        field.setMaxLength(CommentService.MAX_LENGTH);
        field.setValue(c.body());
        field.setWidthFull();
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                comments.edit(workspace.workspaceId(), c.id(), field.getValue());
                load();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("body", field), this);
            }
        });
        save.setId("comment-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = new Button(getTranslation("common.cancel"), e -> load());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        box.removeAll();
        box.add(field, new HorizontalLayout(save, cancel));
    }

    private void post() {
        FieldErrors.clear(Map.of("body", body, "mentions", mentions));
        try {
            comments.post(workspace.workspaceId(), subject, subjectId, body.getValue(),
                    internal.getValue(), mentions.getValue().stream().map(Mentionable::userId).toList());
            body.clear();
            mentions.clear();
            load();
        } catch (InvalidInputException ex) {
            // the text stays in the field, the message next to it
            FieldErrors.show(ex, Map.of("body", body, "mentions", mentions), this);
        }
    }
}
