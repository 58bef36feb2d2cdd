package app.goalpost.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import app.goalpost.workspace.WorkspaceSummary;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import app.goalpost.workspace.ui.WorkspaceTestPage;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;

/** Ctrl+K: an empty focused search with the list open, arrows move, Enter opens the highlighted workspace. */
@UiTest
class QuickSwitcherTest extends KaribuSupport {

    AgencyFixture f;

    @BeforeEach
    void agency() {
        f = fixtures.agency("quick");
        signIn(f.manager());
        // visit ws2 then ws1: most recent first is ws1, ws2
        navigate("w/" + f.ws2() + "/test-page");
        navigate("w/" + f.ws1() + "/test-page");
    }

    @Test
    void ctrlKOpensAnEmptyFocusedSearchWithTheListOpenAndTheFirstHighlighted() {
        ShortcutsKt.fireShortcut(Key.KEY_K, KeyModifier.CONTROL);
        QuickSwitcher dialog = _get(QuickSwitcher.class);
        assertThat(dialog.isOpened()).isTrue();
        TextField search = _get(TextField.class, spec -> spec.withId("quick-switcher-search"));
        assertThat(search.getValue()).isEmpty();
        assertThat(search.isAutofocus()).isTrue();
        assertThat(listed()).containsExactly(f.ws1(), f.ws2());
        assertThat(dialog.highlighted().id()).isEqualTo(f.ws1());
    }

    @Test
    void arrowsMoveTheHighlightAndEnterOpensItOnTheSameKindOfPage() {
        ShortcutsKt.fireShortcut(Key.KEY_K, KeyModifier.CONTROL);
        TextField search = _get(TextField.class, spec -> spec.withId("quick-switcher-search"));
        ShortcutsKt._fireShortcut(search, Key.ARROW_DOWN);
        assertThat(_get(QuickSwitcher.class).highlighted().id()).isEqualTo(f.ws2());
        ShortcutsKt._fireShortcut(search, Key.ARROW_DOWN);
        assertThat(_get(QuickSwitcher.class).highlighted().id()).isEqualTo(f.ws1());
        ShortcutsKt._fireShortcut(search, Key.ARROW_UP);
        assertThat(_get(QuickSwitcher.class).highlighted().id()).isEqualTo(f.ws2());

        ShortcutsKt._fireShortcut(search, Key.ENTER);
        assertThat(_find(QuickSwitcher.class)).isEmpty();
        assertThat(currentView()).isInstanceOf(WorkspaceTestPage.class);
        assertThat(currentView().workspace().id()).isEqualTo(f.ws2());
    }

    @Test
    void typingFiltersAndEnterOpensTheFirstMatch() {
        ShortcutsKt.fireShortcut(Key.KEY_K, KeyModifier.CONTROL);
        TextField search = _get(TextField.class, spec -> spec.withId("quick-switcher-search"));
        String name = ctx.getBean(app.goalpost.workspace.WorkspaceService.class).get(f.ws2Id()).name();
        search.setValue(name.substring(0, name.length() - 1).toUpperCase());
        assertThat(listed()).containsExactly(f.ws2());
        ShortcutsKt._fireShortcut(search, Key.ENTER);
        assertThat(currentView().workspace().id()).isEqualTo(f.ws2());
    }

    /** The cause of the "Unable to proxy ... final beforeEnter" warning: views were CGLIB proxies. */
    @Test
    void workspaceViewsAreNotSpringProxies() {
        assertThat(AopUtils.isAopProxy(currentView())).isFalse();
        assertThat(currentView().getClass()).isEqualTo(WorkspaceTestPage.class);
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<Long> listed() {
        ListBox<WorkspaceSummary> list = _get(ListBox.class, spec -> spec.withId("quick-switcher-list"));
        return list.getListDataView().getItems().map(WorkspaceSummary::id).toList();
    }

    private static WorkspaceScopedView currentView() {
        return (WorkspaceScopedView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
