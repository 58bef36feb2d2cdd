package app.goalpost.share.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.PacingService;
import app.goalpost.share.ShareKind;
import app.goalpost.share.ShareLinkService;
import app.goalpost.share.ShareLinkStatus;
import app.goalpost.share.ShareLinkSummary;
import app.goalpost.shell.NotFoundView;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The share-link management page: staff create, see and revoke links; clients and foreign staff never reach it. */
@UiTest
class ShareLinksViewTest extends KaribuSupport {

    @Autowired ShareLinkService shares;
    @Autowired PacingService pacing;

    AgencyFixture f;
    AgencyFixture other;

    @BeforeEach
    void agency() {
        f = fixtures.agency("shareui");
        other = fixtures.agency("shareuiother");
    }

    @Test
    void aManagerCreatesALinkSeesItOnceAndRevokesIt() {
        signIn(f.manager());
        navigate("w/" + f.ws1() + "/share");
        assertThat(_find(TextField.class, spec -> spec.withId("share-new-url"))).isEmpty();
        _get(TextField.class, spec -> spec.withId("share-label")).setValue("Quarterly call");
        _get(PasswordField.class, spec -> spec.withId("share-password-new")).setValue("short");
        _click(_get(Button.class, spec -> spec.withId("share-create")));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("share-password-new"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo(
                "Between 8 and 128 characters, or leave empty for no password.");
        assertThat(rows()).isEmpty();

        DatePicker expires = _get(DatePicker.class, spec -> spec.withId("share-expires"));
        LocalDate today = pacing.today(f.ws1Id());
        expires.setValue(today.plusDays(120));
        password.setValue("");
        _click(_get(Button.class, spec -> spec.withId("share-create")));
        assertThat(expires.isInvalid()).isTrue();
        assertThat(expires.getErrorMessage()).isEqualTo("At most 90 days from today.");
        assertThat(rows()).isEmpty();

        expires.setValue(today.plusDays(14));
        _click(_get(Button.class, spec -> spec.withId("share-create")));
        TextField url = _get(TextField.class, spec -> spec.withId("share-new-url"));
        assertThat(url.isVisible()).isTrue();
        assertThat(url.getValue()).matches("http://localhost:8080/s/[A-Za-z0-9_-]{43}");
        List<ShareLinkSummary> rows = rows();
        assertThat(rows).singleElement().satisfies(l -> {
            assertThat(l.label()).isEqualTo("Quarterly call");
            assertThat(l.createdByName()).isEqualTo("Member " + f.manager());
            assertThat(l.status()).isEqualTo(ShareLinkStatus.ACTIVE);
            assertThat(l.views()).isZero();
        });
        Grid<ShareLinkSummary> grid = grid();
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Quarterly call", "Member " + f.manager(), "No",
                "Active", "0", "Never");

        Button revoke = (Button) GridKt._getCellComponent(grid, 0, "actions");
        assertThat(revoke.getId()).hasValue("share-revoke-" + rows.getFirst().id());
        _click(revoke);
        assertThat(rows()).singleElement().satisfies(l -> assertThat(l.status()).isEqualTo(ShareLinkStatus.REVOKED));
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Revoked");
        assertThat(((Button) GridKt._getCellComponent(grid(), 0, "actions")).isVisible()).isFalse();
        // the new link's address is not stored anywhere: a fresh page does not show it
        navigate("w/" + f.ws1() + "/share");
        _get(ShareLinksView.class);
        assertThat(_find(TextField.class, spec -> spec.withId("share-new-url"))).isEmpty();
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Quarterly call", "Revoked");
    }

    @Test
    void theStaffChooseADashboardOrAReportLink() {
        signIn(f.owner());
        navigate("w/" + f.ws1() + "/share");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ShareKind> kind = _get(RadioButtonGroup.class, spec -> spec.withId("share-kind"));
        assertThat(kind.getValue()).isEqualTo(ShareKind.DASHBOARD);
        assertThat(kind.getListDataView().getItems().map(kind.getItemLabelGenerator()::apply).toList())
                .containsExactly("Dashboard", "Report");
        kind.setValue(ShareKind.REPORT);
        _get(TextField.class, spec -> spec.withId("share-label")).setValue("Monthly report");
        _click(_get(Button.class, spec -> spec.withId("share-create")));
        assertThat(_get(TextField.class, spec -> spec.withId("share-new-url")).getValue())
                .matches("http://localhost:8080/s/[A-Za-z0-9_-]{43}");
        assertThat(rows()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(ShareKind.REPORT);
            assertThat(l.label()).isEqualTo("Monthly report");
        });
    }

    @Test
    void theMenuOffersSharingToStaffOnly() {
        signIn(f.owner());
        navigate("w/" + f.ws1() + "/dashboard");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Share links");
        signIn(f.client());
        navigate("w/" + f.ws1() + "/dashboard");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Share links");
    }

    @Test
    void clientUsersAndForeignStaffAreAnsweredNotFound() {
        signIn(f.client());
        navigate("w/" + f.ws1() + "/share");
        _get(NotFoundView.class);
        assertThat(_find(ShareLinksView.class)).isEmpty();
        signIn(f.contributor());
        navigate("w/" + f.ws2() + "/share");
        _get(NotFoundView.class);
        signIn(f.manager());
        navigate("w/" + f.ws3() + "/share");
        _get(NotFoundView.class);
        signIn(other.owner());
        navigate("w/" + f.ws1() + "/share");
        _get(NotFoundView.class);
        assertThat(_find(ShareLinksView.class)).isEmpty();
        Fixtures.signOut();
    }

    @SuppressWarnings("unchecked")
    private Grid<ShareLinkSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("share-grid"));
    }

    private List<ShareLinkSummary> rows() {
        return GridKt._findAll(grid());
    }
}
