package app.goalpost.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.planning.DateRange;
import app.goalpost.review.ReviewService;
import app.goalpost.review.TriggerKind;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.WorkspaceChanged;
import app.goalpost.workspace.WorkspaceNotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Notes on a KPI's timeline: who may add, edit and delete them, what is refused, and who never sees them. */
@IntegrationTest
@RecordApplicationEvents
class KpiAnnotationServiceTest {

    static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
    static final LocalDate MAR31 = LocalDate.of(2026, 3, 31);

    @Autowired Fixtures fixtures;
    @Autowired KpiService kpis;
    @Autowired KpiAnnotationService notes;
    @Autowired ReviewService reviews;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    AgencyFixture f;
    AgencyFixture other;
    KpiId kpi;

    @BeforeEach
    void agencies() {
        clock.set(Instant.parse("2026-02-15T09:00:00Z"));
        f = fixtures.agency("note");
        other = fixtures.agency("noteother");
        fixtures.signIn(f.manager());
        kpi = new KpiId(kpis.create(f.ws2Id(), KpiInput.count("Deals", 50, JAN1, MAR31)));
    }

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    @Test
    void contributorsAndStaffAddNotesAndEditOnlyTheirOwn() {
        fixtures.signIn(f.contributor());
        long mine = notes.add(f.ws2Id(), kpi, LocalDate.of(2026, 2, 3), "  Campaign launched ");
        assertThat(events.stream(WorkspaceChanged.class)).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(ChangeKind.ANNOTATION);
            assertThat(e.subjectId()).isEqualTo(kpi.value());
        });
        reviews.recordTrigger(f.ws2Id(), TriggerKind.AUDIENCE_CHANGED, "New segment");
        fixtures.signIn(f.manager());
        long staff = notes.add(f.ws2Id(), kpi, LocalDate.of(2026, 1, 20), "Price rise");
        // someone else's note is not theirs to change
        assertThatThrownBy(() -> notes.edit(f.ws2Id(), new AnnotationId(mine), JAN1, "hijacked"))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> notes.delete(f.ws2Id(), new AnnotationId(mine)))
                .isInstanceOf(WorkspaceNotFoundException.class);

        KpiTimeline timeline = notes.timeline(f.ws2Id(), kpi);
        assertThat(timeline.canAnnotate()).isTrue();
        assertThat(timeline.notes()).extracting(KpiTimeline.Note::text).containsExactly("Price rise",
                "Campaign launched");
        assertThat(timeline.notes()).extracting(KpiTimeline.Note::own).containsExactly(true, false);
        assertThat(timeline.triggers()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TriggerKind.AUDIENCE_CHANGED);
            assertThat(t.day()).isEqualTo(LocalDate.of(2026, 2, 15));
            assertThat(t.reason()).contains("New segment");
        });

        fixtures.signIn(f.contributor());
        notes.edit(f.ws2Id(), new AnnotationId(mine), LocalDate.of(2026, 2, 4), "Campaign launched (TV)");
        notes.delete(f.ws2Id(), new AnnotationId(mine));
        assertThat(notes.timeline(f.ws2Id(), kpi).notes()).extracting(KpiTimeline.Note::id).containsExactly(staff);
        assertThat(notes.inPeriod(f.ws2Id(), DateRange.of(JAN1, LocalDate.of(2026, 1, 31))).notes())
                .extracting(KpiTimeline.Note::text).containsExactly("Price rise");
    }

    @Test
    void badNotesAreRefusedAtTheirField() {
        fixtures.signIn(f.contributor());
        assertRefused(null, "x", "day", "history.annotation.error.dayRequired");
        assertRefused(LocalDate.of(2025, 12, 31), "x", "day", "history.annotation.error.dayOutside");
        assertRefused(LocalDate.of(2026, 4, 1), "x", "day", "history.annotation.error.dayOutside");
        assertRefused(JAN1, "   ", "text", "history.annotation.error.textRequired");
        assertRefused(JAN1, "x".repeat(KpiAnnotationService.MAX_TEXT + 1), "text",
                "history.annotation.error.textTooLong");
        assertThat(notes.timeline(f.ws2Id(), kpi).notes()).isEmpty();
        notes.add(f.ws2Id(), kpi, MAR31, "x".repeat(KpiAnnotationService.MAX_TEXT));
        assertThat(notes.timeline(f.ws2Id(), kpi).notes()).hasSize(1);
    }

    private void assertRefused(LocalDate day, String text, String field, String key) {
        assertThatThrownBy(() -> notes.add(f.ws2Id(), kpi, day, text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    @Test
    void viewersReadButCannotAnnotate() {
        fixtures.signIn(f.manager());
        KpiId ws1Kpi = new KpiId(kpis.create(f.ws1Id(), KpiInput.count("Leads", 50, JAN1, MAR31)));
        long note = notes.add(f.ws1Id(), ws1Kpi, JAN1, "Kick-off");
        fixtures.signIn(f.client()); // viewer of ws1
        KpiTimeline read = notes.timeline(f.ws1Id(), ws1Kpi);
        assertThat(read.canAnnotate()).isFalse();
        assertThat(read.notes()).extracting(KpiTimeline.Note::text).containsExactly("Kick-off");
        assertThatThrownBy(() -> notes.add(f.ws1Id(), ws1Kpi, JAN1, "mine"))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> notes.delete(f.ws1Id(), new AnnotationId(note)))
                .isInstanceOf(WorkspaceNotFoundException.class);
    }

    @Test
    void anotherAgencyAndAClientOfAnotherWorkspaceNeitherReadNorWrite() {
        fixtures.signIn(f.contributor());
        long note = notes.add(f.ws2Id(), kpi, JAN1, "Internal launch date");
        // the client of ws1 (same agency) does not see ws2, nor ws2's KPI through their own workspace
        fixtures.signIn(f.client());
        assertThatThrownBy(() -> notes.timeline(f.ws2Id(), kpi)).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> notes.timeline(f.ws1Id(), kpi)).isInstanceOf(WorkspaceNotFoundException.class);
        assertThat(notes.inPeriod(f.ws1Id(), DateRange.of(JAN1, MAR31)).notes()).isEmpty();
        // another agency, in A's workspace or guessing ids into its own
        fixtures.signIn(other.owner());
        assertThatThrownBy(() -> notes.timeline(f.ws2Id(), kpi)).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> notes.timeline(other.ws1Id(), kpi)).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> notes.add(other.ws1Id(), kpi, JAN1, "x"))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> notes.edit(other.ws1Id(), new AnnotationId(note), JAN1, "x"))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> notes.delete(other.ws1Id(), new AnnotationId(note)))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThat(notes.inPeriod(other.ws1Id(), DateRange.of(JAN1, MAR31)).notes()).isEmpty();
        fixtures.signIn(f.contributor());
        assertThat(notes.timeline(f.ws2Id(), kpi).notes()).extracting(KpiTimeline.Note::text)
                .containsExactly("Internal launch date");
    }
}
