package app.goalpost.funnel.ui;

import app.goalpost.workspace.ui.WorkspaceMenuItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The funnel feature's pages in the workspace menu: the baseline (step 1) and the growth levers (step 2). */
final class FunnelMenuItems {

    private FunnelMenuItems() {
    }

    @org.springframework.stereotype.Component
    static class Baseline implements WorkspaceMenuItem {
        @Override
        public int order() {
            return 200;
        }

        @Override
        public String labelKey() {
            return "menu.funnel";
        }

        @Override
        public VaadinIcon icon() {
            return VaadinIcon.FILTER;
        }

        @Override
        public Class<? extends Component> view() {
            return FunnelView.class;
        }
    }

    @org.springframework.stereotype.Component
    static class Levers implements WorkspaceMenuItem {
        @Override
        public int order() {
            return 300;
        }

        @Override
        public String labelKey() {
            return "menu.levers";
        }

        @Override
        public VaadinIcon icon() {
            return VaadinIcon.SLIDERS;
        }

        @Override
        public Class<? extends Component> view() {
            return LeversView.class;
        }
    }
}
