package app.goalpost.funnel.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.funnel.BaselineId;
import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.FunnelTestData;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Numbers typed into the baseline grid: refused text is kept, marked and explained; nothing is dropped or saved. */
@UiTest
class BaselineGridNumbersTest extends KaribuSupport {

    @Autowired FunnelService funnels;

    AgencyFixture f;
    long baseline;

    @BeforeEach
    void workedExample() {
        f = fixtures.agency("gridnum");
        fixtures.signIn(f.owner());
        baseline = FunnelTestData.workedExample(funnels, f.ws1());
        signIn(f.manager());
        navigate("w/" + f.ws1() + "/funnel/" + baseline);
    }

    @Test
    void aNegativeVolumeCommittedWithEnterIsKeptMarkedAndNamesTheStage() {
        BaselineGrid grid = _get(BaselineGrid.class);
        FunnelViewTest.edit(grid, 1);
        grid.volumeEditor().setValue("-5");
        ShortcutsKt._fireShortcut(grid.volumeEditor(), Key.ENTER);
        MockVaadin.clientRoundtrip(false);

        EditableRow leads = grid.editableRows().get(1);
        assertThat(leads.getVolumeText()).isEqualTo("-5");
        assertThat(GridKt._getFormatted(grid, 1, "volume")).contains("-5");
        assertThat(grid.getColumnByKey("volume").getPartNameGenerator().apply(leads)).isEqualTo("gp-cell-invalid");
        assertThat(grid.problems().getText()).isEqualTo("Volume of Leads must be 0 or more.");
        assertThat(grid.problems().isVisible()).isTrue();

        // the baseline is not saved while a cell is refused, and the stored figure is untouched
        _click(_get(Button.class, spec -> spec.withId("save-baseline")));
        assertThat(funnels.baseline(f.ws1Id(),
                new BaselineId(baseline)).rows().get(1).volume()).isEqualByComparingTo("600");

        // correcting the cell clears the mark
        FunnelViewTest.edit(grid, 1);
        grid.volumeEditor().setValue("650");
        assertThat(leads.getVolumeError()).isNull();
        assertThat(grid.problems().isVisible()).isFalse();
    }

    @Test
    void spendMessagesSaySpendAndHugeOrForeignNumbersGetTheRightReason() {
        BaselineGrid grid = _get(BaselineGrid.class);
        FunnelViewTest.edit(grid, 2);
        grid.spendEditor().setValue("-1");
        assertThat(grid.spendEditor().getErrorMessage()).isEqualTo("Spend of MQL must be 0 or more.");
        assertThat(grid.spendEditor().isInvalid()).isTrue();

        grid.volumeEditor().setValue("99999999999999999999");
        assertThat(grid.volumeEditor().getErrorMessage())
                .isEqualTo("Volume of MQL is too large: at most 999,999,999,999,999.");
        grid.volumeEditor().setValue("1e30");
        assertThat(grid.volumeEditor().getErrorMessage()).startsWith("Volume of MQL: \u201c1e30\u201d is not a number");
        // in English a comma groups thousands: "12,5" is not 125
        grid.volumeEditor().setValue("12,5");
        assertThat(grid.volumeEditor().getErrorMessage()).contains("\u201c12,5\u201d is not a number");
        assertThat(grid.editableRows().get(2).getVolume()).isEqualByComparingTo("150");
        grid.volumeEditor().setValue("1,234.5");
        assertThat(grid.volumeEditor().isInvalid()).isFalse();
        assertThat(grid.editableRows().get(2).getVolume()).isEqualByComparingTo("1234.5");
        grid.volumeEditor().setValue("1.23456");
        assertThat(grid.volumeEditor().getErrorMessage()).isEqualTo("Volume of MQL has too many decimals: at most 4.");
    }

    @Test
    void clickingTheSpendCellOpensTheSpendEditor() {
        BaselineGrid grid = _get(BaselineGrid.class);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        GridKt._clickItem(grid, 3, "spend", 0, false, false, false, false);
        // focus() is sent with the next response: run what waits for it, then read what would be sent
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        var focused = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains("focus")).map(i -> i.getOwner()).toList();
        assertThat(focused).contains(grid.spendEditor().getElement().getNode())
                .doesNotContain(grid.volumeEditor().getElement().getNode());
    }
}
