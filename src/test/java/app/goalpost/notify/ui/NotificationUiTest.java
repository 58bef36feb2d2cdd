package app.goalpost.notify.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.notify.MailDelivery;
import app.goalpost.notify.NotificationKind;
import app.goalpost.notify.NotificationService;
import app.goalpost.review.ReviewService;
import app.goalpost.review.TriggerKind;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell's count and list for staff and a client, and the settings page every user has. */
@UiTest
class NotificationUiTest extends KaribuSupport {

    @Autowired ReviewService reviews;
    @Autowired NotificationService notifications;

    AgencyFixture f;

    @BeforeEach
    void agency() {
        f = fixtures.agency("bellui");
    }

    private NotificationBell bell() {
        return _get(NotificationBell.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBellCountsUnreadAndOpensTheNotificationsPage() {
        fixtures.signIn(f.contributor());
        reviews.recordTrigger(f.ws2Id(), TriggerKind.AUDIENCE_CHANGED, "Retail");
        reviews.recordTrigger(f.ws2Id(), TriggerKind.OTHER, "Price rise");

        signIn(f.manager());
        navigate("");
        assertThat(bell().shownCount()).isEqualTo("2");
        // the list is read when the bell's popover opens
        _get(com.vaadin.flow.component.popover.Popover.class).setOpened(true);
        Grid<app.goalpost.notify.NotificationItem> list = _get(Grid.class, spec -> spec.withId("notification-list"));
        assertThat(GridKt._size(list)).isEqualTo(2);
        assertThat(GridKt._get(list, 0).title()).startsWith("Review trigger in bellui Beta").endsWith(": other");
        GridKt._clickItem(list, 0);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("w/" + f.ws2() + "/reviews");
        assertThat(bell().shownCount()).isEqualTo("1");
        _click(_get(Button.class, spec -> spec.withId("notification-all-read")));
        assertThat(bell().shownCount()).isEmpty();

        // the client of ws1 has a bell too, with nothing of ws2
        signIn(f.client());
        navigate("w/" + f.ws1() + "/dashboard");
        assertThat(bell().shownCount()).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("notification-empty"))
                .isVisible()).isTrue();
    }

    @Test
    void everyUserChoosesTheirMailPerKind() {
        signIn(f.client());
        navigate("account/notifications");
        NotificationSettingsView page = _get(NotificationSettingsView.class);
        assertThat(page.choice(NotificationKind.MENTIONED).getValue()).isEqualTo(MailDelivery.IMMEDIATE);
        assertThat(page.choice(NotificationKind.KPI_BEHIND).getValue()).isEqualTo(MailDelivery.DIGEST);
        // the tests' server has no SMTP: the page says so
        _get(Paragraph.class, spec -> spec.withId("notify-no-mail"));
        page.choice(NotificationKind.KPI_BEHIND).setValue(MailDelivery.OFF);
        _click(_get(Button.class, spec -> spec.withId("notify-save")));
        assertThat(notifications.settings().delivery()).containsEntry(NotificationKind.KPI_BEHIND, MailDelivery.OFF)
                .containsEntry(NotificationKind.MENTIONED, MailDelivery.IMMEDIATE);

        signIn(f.owner());
        assertThat(notifications.settings().delivery()).containsEntry(NotificationKind.KPI_BEHIND, MailDelivery.DIGEST);
        navigate(""); // the same route again would keep the client's page
        navigate("account/notifications");
        assertThat(_get(NotificationSettingsView.class).choice(NotificationKind.KPI_BEHIND).getValue())
                .isEqualTo(MailDelivery.DIGEST);
    }
}
