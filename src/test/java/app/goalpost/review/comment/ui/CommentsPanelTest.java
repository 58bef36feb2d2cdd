package app.goalpost.review.comment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.review.comment.CommentService;
import app.goalpost.review.comment.Mentionable;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import app.goalpost.workspace.DiscussionSubject;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The comment thread on the KPI page as staff (internal box, staff-only mentions) and as a client (neither). */
@UiTest
class CommentsPanelTest extends KaribuSupport {

    @Autowired KpiService kpis;
    @Autowired CommentService comments;

    AgencyFixture f;
    long kpi;

    @BeforeEach
    void setUp() {
        f = fixtures.agency("commentui");
        fixtures.signIn(f.owner());
        kpi = kpis.create(f.ws1Id(), KpiInput.count("Leads", 100, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)));
    }

    private String page() {
        return "w/" + f.ws1() + "/kpis/" + kpi;
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffWriteInternalCommentsThatTheClientNeverSees() {
        signIn(f.manager());
        navigate(page());
        assertThat(_get(H3.class, spec -> spec.withId("comment-title")).getText()).isEqualTo("Comments (0)");
        TextArea body = _get(TextArea.class, spec -> spec.withId("comment-body"));
        // nothing written: the message is next to the field
        _click(_get(Button.class, spec -> spec.withId("comment-post")));
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).isEqualTo("Write something first.");

        MultiSelectComboBox<Mentionable> mentions = _get(MultiSelectComboBox.class,
                spec -> spec.withId("comment-mentions"));
        List<Mentionable> everyone = mentions.getListDataView().getItems().toList();
        Mentionable client = everyone.stream().filter(m -> !m.staff()).findFirst().orElseThrow();
        Checkbox internal = _get(Checkbox.class, spec -> spec.withId("comment-internal"));
        internal.setValue(true);
        assertThat(mentions.getListDataView().getItems()).allMatch(Mentionable::staff).isNotEmpty();
        body.setValue("Margin is thin <b>between us</b>");
        _click(_get(Button.class, spec -> spec.withId("comment-post")));
        internal.setValue(false);
        body.setValue("Line one\nLine two");
        mentions.setValue(Set.of(client));
        _click(_get(Button.class, spec -> spec.withId("comment-post")));
        assertThat(_get(H3.class, spec -> spec.withId("comment-title")).getText()).isEqualTo("Comments (2)");
        assertThat(_find(Div.class, spec -> spec.withClasses("gp-comment-body")).stream().map(Div::getText))
                .containsExactly("Margin is thin <b>between us</b>", "Line one\nLine two");

        signIn(f.client());
        navigate(page());
        assertThat(_get(H3.class, spec -> spec.withId("comment-title")).getText()).isEqualTo("Comments (1)");
        assertThat(_find(Div.class, spec -> spec.withClasses("gp-comment-body")).stream().map(Div::getText))
                .containsExactly("Line one\nLine two");
        assertThat(_find(Checkbox.class, spec -> spec.withId("comment-internal"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("gp-comment-internal"))).isEmpty();
        // the client replies; the comment is theirs to edit, the manager's is not
        _get(TextArea.class, spec -> spec.withId("comment-body")).setValue("Thanks, looks right");
        _click(_get(Button.class, spec -> spec.withId("comment-post")));
        assertThat(_find(Button.class, spec -> spec.withText("Edit"))).hasSize(1);
        assertThat(comments.count(f.ws1Id(), DiscussionSubject.KPI, kpi)).isEqualTo(2);
    }
}
