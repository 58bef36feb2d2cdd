package app.goalpost.kpi.ui;

import app.goalpost.workspace.ui.WorkspaceMenuItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The KPI feature's workspace pages. The dashboard has the lowest order, so it is every workspace's landing
 * page: client users land on it after sign-in.
 */
@Configuration(proxyBeanMethods = false)
class KpiMenuItems {

    @Bean
    WorkspaceMenuItem dashboardMenuItem() {
        return item(100, "kpi.menu.dashboard", VaadinIcon.DASHBOARD, DashboardView.class);
    }

    @Bean
    WorkspaceMenuItem kpisMenuItem() {
        return item(150, "kpi.menu.kpis", VaadinIcon.LINE_CHART, KpiListView.class);
    }

    private static WorkspaceMenuItem item(int order, String key, VaadinIcon icon, Class<? extends Component> view) {
        return new WorkspaceMenuItem() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public String labelKey() {
                return key;
            }

            @Override
            public VaadinIcon icon() {
                return icon;
            }

            @Override
            public Class<? extends Component> view() {
                return view;
            }
        };
    }
}
