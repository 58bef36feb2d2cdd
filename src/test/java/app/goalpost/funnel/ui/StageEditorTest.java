package app.goalpost.funnel.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.funnel.BaselineId;
import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.FunnelTestData;
import app.goalpost.funnel.StageInfo;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Lifecycle stages edited on the page: add (validated next to the field), rename, reorder, remove. */
@UiTest
class StageEditorTest extends KaribuSupport {

    @Autowired FunnelService funnels;

    AgencyFixture f;

    @Test
    void staffAddRenameReorderAndRemoveStages() {
        f = fixtures.agency("stages");
        signIn(f.owner());
        long baseline = FunnelTestData.workedExample(funnels, f.ws3());
        signIn(f.admin());
        navigate("w/" + f.ws3() + "/funnel");

        _get(TextField.class, spec -> spec.withId("new-stage-name")).setValue("Leads");
        _click(_get(Button.class, spec -> spec.withId("add-stage")));
        TextField name = _get(TextField.class, spec -> spec.withId("new-stage-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("already a stage named Leads");

        name.setValue("Demo booked");
        _get(TextField.class, spec -> spec.withId("new-stage-key")).setValue("demo");
        _click(_get(Button.class, spec -> spec.withId("add-stage")));
        assertThat(names()).endsWith("Demo booked");

        _click(action(6, "rename-stage-6"));
        _get(TextField.class, spec -> spec.withId("rename-stage-name")).setValue("Demos");
        _click(_get(Button.class, spec -> spec.withId("save-stage")));
        _click(action(6, "move-up-6"));
        assertThat(names()).containsExactly("Website visitors", "Leads", "MQL", "SQL", "Opportunities", "Demos",
                "Customers");
        // the grid follows the stages: the new stage sits between opportunities and customers at 0
        assertThat(_get(BaselineGrid.class).rows().get(5).stageName()).isEqualTo("Demos");

        _click(action(5, "remove-stage-5"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(names()).containsExactly("Website visitors", "Leads", "MQL", "SQL", "Opportunities", "Customers");
        assertThat(funnels.baseline(f.ws3Id(), new BaselineId(baseline)).rows()).hasSize(6);
    }

    /** Buttons live in grid cells, which Karibu does not search: fetch the row's cell first. */
    private static Button action(int row, String id) {
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<StageInfo> grid = _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("stages-grid"));
        return _get(com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "actions"), Button.class,
                spec -> spec.withId(id));
    }

    private java.util.List<String> names() {
        return funnels.stages(f.ws3Id()).stream().map(StageInfo::name).toList();
    }
}
