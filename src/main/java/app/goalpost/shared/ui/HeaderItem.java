package app.goalpost.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts into the app header for every signed-in user (the notification bell): a prototype-scoped
 * Spring bean, so each header gets its own. The shell adds every one it finds and tells them after each
 * navigation, without importing the features that provide them.
 */
public interface HeaderItem {

    Component component();

    /** Called after every navigation of the tab, e.g. to refresh a count. */
    default void afterNavigation() {
    }
}
