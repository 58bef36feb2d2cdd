package app.goalpost.shared.ui;

import app.goalpost.planning.Message;
import com.vaadin.flow.component.Component;

/** Renders the planning engine's messages through the i18n bundles (planning*.properties carry every key). */
public final class EngineText {

    private EngineText() {
    }

    public static String of(Component context, Message message) {
        return context.getTranslation(message.key(), message.args().toArray());
    }
}
