package app.goalpost.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The switcher on a KPI's page lands on the other workspace's KPI list: the KPI does not exist there. */
@UiTest
class KpiSwitchTest extends KaribuSupport {

    @Autowired KpiService kpis;
    @Autowired WorkspaceService workspaces;

    @Test
    void fromAKpiDetailTheSwitcherOpensTheOtherWorkspacesKpiList() {
        AgencyFixture f = fixtures.agency("kpiswitch");
        fixtures.signIn(f.owner());
        LocalDate d = LocalDate.of(2026, 1, 1);
        long kpi = kpis.create(f.ws1Id(), KpiInput.count("SQL", 40, d, d.plusDays(29)));
        String target = workspaces.get(f.ws2Id()).name();
        signIn(f.owner());
        KpiNavigation.detail(f.ws1Id(), new KpiId(kpi));
        assertThat(current()).isInstanceOf(KpiDetailView.class);

        ShortcutsKt.fireShortcut(Key.KEY_K, KeyModifier.CONTROL);
        TextField search = _get(TextField.class, spec -> spec.withId("quick-switcher-search"));
        search.setValue(target);
        ShortcutsKt._fireShortcut(search, Key.ENTER);

        assertThat(current()).isInstanceOf(KpiListView.class);
        assertThat(current().workspace().id()).isEqualTo(f.ws2());
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("w/" + f.ws2() + "/kpis");
    }

    private static WorkspaceScopedView current() {
        return (WorkspaceScopedView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
