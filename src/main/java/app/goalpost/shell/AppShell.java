package app.goalpost.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page shell: Lumo from the pre-compiled bundle plus our own stylesheet served as a static resource from
 * frontend/ (no npm, no bundle build: docs/decisions/0002-frontend-without-npm.md). Server push keeps every open
 * workspace page live: a WebSocket at /VAADIN/push, long polling where a WebSocket cannot pass
 * (docs/decisions/0015-live-workspace-push-and-redis.md).
 */
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://goalpost/styles.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Goalpost");
    }
}
