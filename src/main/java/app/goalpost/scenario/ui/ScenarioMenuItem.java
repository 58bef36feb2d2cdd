package app.goalpost.scenario.ui;

import app.goalpost.workspace.ui.WorkspaceMenuItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The goal scenarios page (METHOD.md step 3) in the workspace menu. */
@org.springframework.stereotype.Component
class ScenarioMenuItem implements WorkspaceMenuItem {

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String labelKey() {
        return "menu.scenarios";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.FLAG_CHECKERED;
    }

    @Override
    public Class<? extends Component> view() {
        return ScenariosView.class;
    }
}
