package app.goalpost.workspace.ui;

import com.vaadin.flow.component.icon.VaadinIcon;

/** The workspace feature's page in the workspace menu: settings, last. */
@org.springframework.stereotype.Component
class WorkspaceMenuItems implements WorkspaceMenuItem {

    @Override
    public int order() {
        return 900;
    }

    @Override
    public String labelKey() {
        return "menu.settings";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.COG;
    }

    @Override
    public Class<? extends com.vaadin.flow.component.Component> view() {
        return WorkspaceOverviewView.class;
    }
}
