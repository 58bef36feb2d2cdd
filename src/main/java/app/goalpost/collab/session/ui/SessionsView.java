package app.goalpost.collab.session.ui;

import app.goalpost.collab.LiveEvent;
import app.goalpost.collab.LiveUpdates;
import app.goalpost.collab.session.AgendaStep;
import app.goalpost.collab.session.DecisionId;
import app.goalpost.collab.session.GoalSessionService;
import app.goalpost.collab.session.SessionEventKind;
import app.goalpost.collab.session.SessionId;
import app.goalpost.collab.session.SessionRecord;
import app.goalpost.collab.session.SessionScenarios;
import app.goalpost.collab.session.SessionSummary;
import app.goalpost.collab.session.SessionView;
import app.goalpost.security.CurrentUser;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspacePermission;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.ui.WorkspaceNavigation;
import app.goalpost.workspace.ui.WorkspacePage;
import app.goalpost.workspace.ui.WorkspacePageView;
import app.goalpost.workspace.ui.WorkspacePages;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The workspace's goal-setting sessions: the running one (agenda, participants, shared notes, decisions) or, for
 * staff, the form that starts one; and the past sessions with their records, downloadable as Markdown. Edits of the
 * others arrive as live events and reload what changed; notes the user is typing are never replaced silently: they see
 * who changed the notes and choose to merge or reload.
 */
@Route("w/:workspaceId/sessions")
@PermitAll
@WorkspacePageView(WorkspacePage.SESSIONS)
class SessionsView extends WorkspaceScopedView {

    private final transient GoalSessionService sessions;
    private final transient LiveUpdates live;
    private final transient WorkspacePages pages;
    private @Nullable Registration subscription;
    private @Nullable WorkspaceDetails workspace;
    private @Nullable SessionView session;

    private final Div running = new Div();
    private final Div agenda = new Div();
    private final Div people = new Div();
    private final Div decisionList = new Div();
    private final Div history = new Div();
    private final Div record = new Div();
    private @Nullable TextArea notes;
    private final Div notesNotice = new Div();
    /** The notes as last loaded from the database, and their version: what the user's text is compared with. */
    private String loadedNotes = "";
    private long notesVersion;
    /** Theirs, when another participant saved while the user was typing. */
    private @Nullable SessionView pendingNotes;

    SessionsView(WorkspaceService workspaces, GoalSessionService sessions, LiveUpdates live, WorkspacePages pages) {
        super(workspaces);
        this.sessions = sessions;
        this.live = live;
        this.pages = pages;
        running.setId("session-running");
        agenda.setId("session-agenda");
        people.setId("session-participants");
        decisionList.setId("session-decisions");
        history.setId("session-history-section");
        record.setId("session-record");
        notesNotice.setId("session-notes-notice");
        running.setWidthFull();
        history.setWidthFull();
        record.setWidthFull();
    }

    @Override
    protected String titleKey() {
        return "session.title";
    }

    @Override
    protected void onOpen(WorkspaceDetails w, BeforeEnterEvent event) {
        this.workspace = w;
        if (subscription != null) {
            subscription.remove();
        }
        subscription = live.subscribe(this, w.workspaceId(), this::onEvent);
        add(new H2(getTranslation("session.title")), running, history, record);
        renderRunning();
        renderHistory();
    }

    private WorkspaceDetails ws() {
        WorkspaceDetails w = workspace;
        if (w == null) {
            throw new IllegalStateException("Not opened");
        }
        return w;
    }

    // ---- live events -------------------------------------------------------------------------------------------

    private void onEvent(LiveEvent event) {
        if (event.topic() != LiveEvent.Topic.SESSION) {
            return;
        }
        // LiveUpdates hands the event over as this page's own user (UiDispatch): CurrentUser is the reader
        boolean mine = event.actorUserId() == CurrentUser.require().userId();
        switch (SessionEventKind.valueOf(event.what())) {
            case STARTED -> renderRunning();
            case ENDED -> {
                renderRunning();
                renderHistory();
            }
            case JOINED, AGENDA, SCENARIOS -> reloadHeader();
            case NOTES -> {
                if (!mine) {
                    notesChangedByOthers();
                }
            }
            case DECISIONS -> {
                if (!mine) {
                    reloadDecisions();
                }
            }
            case LEAD -> {
                // the banner follows the facilitator
            }
        }
    }

    private Optional<SessionView> load() {
        session = sessions.running(ws().workspaceId()).orElse(null);
        return Optional.ofNullable(session);
    }

    private void reloadHeader() {
        SessionView current = session;
        Optional<SessionView> now = load();
        if (now.isEmpty() || current == null || !now.get().id().equals(current.id())) {
            renderRunning();
            return;
        }
        renderAgenda(now.get());
        renderPeople(now.get());
    }

    // ---- running session ---------------------------------------------------------------------------------------

    private void renderRunning() {
        running.removeAll();
        notes = null;
        pendingNotes = null;
        Optional<SessionView> current = load();
        if (current.isEmpty()) {
            if (ws().can(WorkspacePermission.EDIT_BASELINE)) {
                renderStart();
            } else {
                Paragraph none = new Paragraph(getTranslation("session.none"));
                none.setId("session-none");
                running.add(none);
            }
            return;
        }
        SessionView s = current.get();
        H3 heading = new H3(s.title());
        heading.setId("session-heading");
        Paragraph by = new Paragraph(getTranslation("session.facilitator", s.facilitatorName(),
                dateTime(s.startedAt())));
        running.add(heading, by);
        if (!s.joined()) {
            Button join = new Button(getTranslation("session.join"), e -> {
                sessions.join(ws().workspaceId(), s.id());
                renderRunning();
            });
            join.setId("session-join");
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            running.add(join);
        }
        running.add(new H4(getTranslation("session.agenda")), agenda, new H4(getTranslation("session.participants")),
                people);
        renderAgenda(s);
        renderPeople(s);
        renderNotes(s);
        running.add(new H4(getTranslation("session.decisions")), decisionList);
        renderDecisions(s, Map.of());
        if (s.canEdit()) {
            running.add(newDecision(s));
        }
        if (s.facilitating()) {
            Button end = new Button(getTranslation("session.end"), e -> end());
            end.setId("session-end");
            end.addThemeVariants(ButtonVariant.LUMO_ERROR);
            running.add(end);
        }
    }

    private void renderStart() {
        running.add(new H3(getTranslation("session.start.heading")));
        TextField title = new TextField(getTranslation("session.start.title"));
        title.setId("session-title");
        title.setWidth("28em");
        Button start = new Button(getTranslation("session.start.button"), e -> {
            try {
                sessions.start(ws().workspaceId(), title.getValue());
                renderRunning();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("title", title), this);
            }
        });
        start.setId("session-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(title, start);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        running.add(row);
    }

    private void renderAgenda(SessionView s) {
        agenda.removeAll();
        for (AgendaStep step : AgendaStep.values()) {
            Checkbox box = new Checkbox(getTranslation(step.labelKey()), s.agendaDone().contains(step));
            box.setId("session-agenda-" + step.name());
            box.setReadOnly(!s.facilitating());
            box.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                try {
                    sessions.tick(ws().workspaceId(), s.id(), step, e.getValue(), s.version());
                    reloadHeader();
                } catch (ObjectOptimisticLockingFailureException ex) {
                    FieldErrors.error(getTranslation("session.conflict"));
                    reloadHeader();
                }
            });
            agenda.add(box);
        }
    }

    private void renderPeople(SessionView s) {
        people.removeAll();
        UnorderedList list = new UnorderedList();
        for (SessionView.Participant p : s.participants()) {
            list.add(new ListItem(getTranslation("session.participant", p.name(), time(p.joinedAt()))));
        }
        people.add(list);
    }

    // ---- notes -------------------------------------------------------------------------------------------------

    private void renderNotes(SessionView s) {
        running.add(new H4(getTranslation("session.notes")));
        TextArea area = new TextArea();
        area.setId("session-notes");
        area.setWidthFull();
        area.setMinHeight("8em");
        area.setValue(s.notes());
        area.setReadOnly(!s.canEdit());
        // the server learns what is being typed, so a change of the others never replaces it unseen
        area.setValueChangeMode(ValueChangeMode.LAZY);
        notes = area;
        loadedNotes = s.notes();
        notesVersion = s.notesVersion();
        notesNotice.removeAll();
        notesNotice.setVisible(false);
        running.add(area, notesNotice);
        if (s.canEdit()) {
            Button save = new Button(getTranslation("session.notes.save"), e -> saveNotes());
            save.setId("session-notes-save");
            running.add(save);
        }
    }

    private boolean typing() {
        TextArea area = notes;
        return area != null && !area.getValue().strip().equals(loadedNotes.strip());
    }

    private void notesChangedByOthers() {
        SessionView current = session;
        Optional<SessionView> now = load();
        TextArea area = notes;
        if (now.isEmpty() || current == null || area == null || !now.get().id().equals(current.id())) {
            renderRunning();
            return;
        }
        renderPeople(now.get());
        if (typing()) {
            showTheirs(now.get(), "session.notes.updatedBy");
        } else {
            area.setValue(now.get().notes());
            loadedNotes = now.get().notes();
            notesVersion = now.get().notesVersion();
        }
    }

    /** Another participant's notes arrived while the user types: say who, and let them merge or reload. */
    private void showTheirs(SessionView theirs, String messageKey) {
        pendingNotes = theirs;
        notesNotice.removeAll();
        Span text = new Span(getTranslation(messageKey, theirs.notesUpdatedBy()));
        text.setId("session-notes-notice-text");
        Button merge = new Button(getTranslation("session.notes.merge"), e -> takeTheirs(true));
        merge.setId("session-notes-merge");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button reload = new Button(getTranslation("session.notes.reload"), e -> takeTheirs(false));
        reload.setId("session-notes-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout row = new HorizontalLayout(text, merge, reload);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        notesNotice.add(row);
        notesNotice.setVisible(true);
    }

    private void takeTheirs(boolean merge) {
        SessionView theirs = pendingNotes;
        TextArea area = notes;
        if (theirs == null || area == null) {
            return;
        }
        area.setValue(merge ? NotesMerge.merge(theirs.notes(), area.getValue()) : theirs.notes());
        loadedNotes = theirs.notes();
        notesVersion = theirs.notesVersion();
        pendingNotes = null;
        notesNotice.setVisible(false);
        notesNotice.removeAll();
    }

    private void saveNotes() {
        SessionView s = session;
        TextArea area = notes;
        if (s == null || area == null) {
            return;
        }
        try {
            notesVersion = sessions.saveNotes(ws().workspaceId(), s.id(), area.getValue(), notesVersion);
            loadedNotes = area.getValue().strip();
            area.setInvalid(false);
            notesNotice.setVisible(false);
            FieldErrors.success(getTranslation("session.notes.saved"));
        } catch (InvalidInputException ex) {
            FieldErrors.show(ex, Map.of("notes", area), this);
        } catch (ObjectOptimisticLockingFailureException ex) {
            String mine = area.getValue();
            load().ifPresentOrElse(theirs -> {
                area.setValue(mine);
                showTheirs(theirs, "session.notes.conflict");
            }, this::renderRunning);
        }
    }

    // ---- decisions ---------------------------------------------------------------------------------------------

    private final Map<DecisionId, TextField> decisionFields = new HashMap<>();

    private void reloadDecisions() {
        Map<DecisionId, String> typed = new HashMap<>();
        SessionView before = session;
        if (before != null) {
            for (SessionView.Decision d : before.decisions()) {
                TextField field = decisionFields.get(d.id());
                if (field != null && !field.getValue().strip().equals(d.text())) {
                    typed.put(d.id(), field.getValue());
                }
            }
        }
        Optional<SessionView> now = load();
        if (now.isEmpty() || before == null || !now.get().id().equals(before.id())) {
            renderRunning();
            return;
        }
        renderPeople(now.get());
        renderDecisions(now.get(), typed);
    }

    /** The decisions, with the lines the user was editing kept as typed. */
    private void renderDecisions(SessionView s, Map<DecisionId, String> typed) {
        decisionList.removeAll();
        decisionFields.clear();
        if (s.decisions().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("session.decisions.none"));
            none.setId("session-decisions-none");
            decisionList.add(none);
        }
        int i = 0;
        for (SessionView.Decision d : s.decisions()) {
            decisionList.add(s.canEdit() ? editableDecision(s, d, i, typed.get(d.id())) : readDecision(d, i));
            i++;
        }
    }

    private Component readDecision(SessionView.Decision d, int index) {
        Paragraph line = new Paragraph(d.text() + " · " + getTranslation("session.decision.by", d.authorName()));
        line.setId("session-decision-" + index);
        return line;
    }

    private Component editableDecision(SessionView s, SessionView.Decision d, int index, @Nullable String typed) {
        TextField text = new TextField();
        text.setId("session-decision-" + index);
        text.setValue(typed != null ? typed : d.text());
        text.setWidth("32em");
        text.setHelperText(getTranslation("session.decision.by", d.authorName()));
        decisionFields.put(d.id(), text);
        Button save = new Button(getTranslation("session.decision.save"), e -> {
            try {
                sessions.editDecision(ws().workspaceId(), s.id(), d.id(), text.getValue(), d.version());
                reloadDecisions();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("decision", text), this);
            } catch (ObjectOptimisticLockingFailureException | app.goalpost.workspace.WorkspaceNotFoundException ex) {
                FieldErrors.error(getTranslation("session.conflict"));
                reloadDecisions();
            }
        });
        save.setId("session-decision-save-" + index);
        Button remove = new Button(getTranslation("session.decision.remove"), e -> {
            try {
                sessions.removeDecision(ws().workspaceId(), s.id(), d.id(), d.version());
            } catch (ObjectOptimisticLockingFailureException | app.goalpost.workspace.WorkspaceNotFoundException ex) {
                FieldErrors.error(getTranslation("session.conflict"));
            }
            reloadDecisions();
        });
        remove.setId("session-decision-remove-" + index);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(text, save, remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Component newDecision(SessionView s) {
        TextField text = new TextField();
        text.setId("session-decision-new");
        text.setPlaceholder(getTranslation("session.decision.new"));
        text.setWidth("32em");
        Button add = new Button(getTranslation("session.decision.add"), e -> {
            try {
                sessions.addDecision(ws().workspaceId(), s.id(), text.getValue());
                text.clear();
                text.setInvalid(false);
                reloadDecisions();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("decision", text), this);
            }
        });
        add.setId("session-decision-add");
        HorizontalLayout row = new HorizontalLayout(text, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void end() {
        SessionView s = session;
        if (s == null) {
            return;
        }
        try {
            sessions.end(ws().workspaceId(), s.id(), s.version());
            FieldErrors.success(getTranslation("session.ended"));
        } catch (ObjectOptimisticLockingFailureException ex) {
            FieldErrors.error(getTranslation("session.conflict"));
        }
        renderRunning();
        renderHistory();
    }

    // ---- past sessions -----------------------------------------------------------------------------------------

    private void renderHistory() {
        history.removeAll();
        history.add(new H3(getTranslation("session.past")));
        List<SessionSummary> past = sessions.past(ws().workspaceId());
        if (past.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("session.past.none"));
            none.setId("session-history-empty");
            history.add(none);
            return;
        }
        Grid<SessionSummary> grid = new Grid<>();
        grid.setId("session-history");
        grid.addColumn(s -> date(s.startedAt())).setKey("date").setHeader(getTranslation("session.past.date"));
        grid.addColumn(SessionSummary::title).setKey("title").setHeader(getTranslation("session.past.sessionTitle"))
                .setFlexGrow(3);
        grid.addColumn(SessionSummary::facilitatorName).setKey("facilitator")
                .setHeader(getTranslation("session.past.facilitator"));
        grid.addColumn(SessionSummary::participants).setKey("participants")
                .setHeader(getTranslation("session.past.participants"));
        grid.addColumn(SessionSummary::decisions).setKey("decisions")
                .setHeader(getTranslation("session.past.decisions"));
        grid.setItems(past);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showRecord(e.getValue().id());
            }
        });
        history.add(grid);
    }

    private void showRecord(SessionId id) {
        record.removeAll();
        SessionRecord r = sessions.record(ws().workspaceId(), id);
        H3 title = new H3(r.title());
        title.setId("session-record-title");
        record.add(title, new Paragraph(getTranslation("session.record.when", dateTime(r.startedAt()),
                time(r.endedAt())) + " · " + getTranslation("session.record.facilitator", r.facilitatorName())));
        record.add(new H4(getTranslation("session.participants")));
        UnorderedList participants = new UnorderedList();
        participants.setId("session-record-participants");
        r.participants().forEach(p -> participants.add(new ListItem(getTranslation("session.participant", p.name(),
                time(p.joinedAt())))));
        record.add(participants);

        record.add(new H4(getTranslation("session.decisions")));
        UnorderedList decided = new UnorderedList();
        decided.setId("session-record-decisions");
        r.decisions().forEach(d -> decided.add(new ListItem(d)));
        record.add(r.decisions().isEmpty() ? new Paragraph(getTranslation("session.decisions.none")) : decided);

        record.add(new H4(getTranslation("session.record.scenarios")));
        UnorderedList compared = new UnorderedList();
        compared.setId("session-record-scenarios");
        r.scenarios().forEach(s -> compared.add(new ListItem(s.name())));
        record.add(r.scenarios().isEmpty() ? new Paragraph(getTranslation("session.md.none")) : compared);
        Paragraph plan = r.adopted().map(a -> {
            Paragraph p = new Paragraph(getTranslation("session.record.plan", ""));
            Anchor link = new Anchor(scenarioUrl(a), a.name());
            link.setId("session-record-plan-link");
            p.add(link);
            return p;
        }).orElseGet(() -> new Paragraph(getTranslation("session.record.noPlan")));
        plan.setId("session-record-plan");
        record.add(plan);

        record.add(new H4(getTranslation("session.notes")));
        Paragraph text = new Paragraph(r.notes());
        text.setId("session-record-notes");
        text.getStyle().set("white-space", "pre-wrap");
        record.add(text);
        record.add(download(r));
    }

    /** The plan of record on the scenarios page: {@code w/{id}/scenarios/{baselineId}?scenario={id}}. */
    private String scenarioUrl(SessionScenarios.ScenarioRef ref) {
        String path = RouteConfiguration.forSessionScope().getUrl(pages.view(WorkspacePage.SCENARIOS),
                WorkspaceNavigation.params(ws().workspaceId(), Map.of("baselineId",
                        String.valueOf(ref.baselineId()))));
        return path + "?scenario=" + ref.id();
    }

    /** The Markdown is written when the file is requested, through the service and its access check. */
    private Anchor download(SessionRecord r) {
        var workspaceId = ws().workspaceId();
        SessionId id = r.id();
        Locale locale = getLocale();
        String fileName = "session-" + DateTimeFormatter.ISO_LOCAL_DATE.withZone(r.timeZone()).format(r.startedAt())
                + "-" + id.value() + ".md";
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = sessions.markdown(workspaceId, id, locale).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/markdown; charset=UTF-8",
                    bytes.length);
        }), getTranslation("session.record.download"));
        anchor.setId("session-record-download");
        return anchor;
    }

    // ---- formats -----------------------------------------------------------------------------------------------

    private String dateTime(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ws().timeZone()).format(at);
    }

    private String date(Instant at) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ws().timeZone()).format(at);
    }

    private String time(Instant at) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ws().timeZone())
                .format(at);
    }

    /** Lines of theirs first, then the user's lines that theirs does not have, in the user's order. */
    static final class NotesMerge {

        private NotesMerge() {
        }

        static String merge(String theirs, String mine) {
            Set<String> lines = new LinkedHashSet<>(theirs.strip().lines().toList());
            List<String> added = new ArrayList<>();
            for (String line : mine.strip().lines().toList()) {
                if (!line.isBlank() && !lines.contains(line)) {
                    added.add(line);
                }
            }
            List<String> all = new ArrayList<>(theirs.strip().lines().toList());
            all.addAll(added);
            return String.join("\n", all).strip();
        }
    }
}
