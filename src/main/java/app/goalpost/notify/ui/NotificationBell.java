package app.goalpost.notify.ui;

import app.goalpost.notify.NotificationItem;
import app.goalpost.notify.NotificationService;
import app.goalpost.shared.ui.HeaderItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.annotation.Scope;

/**
 * The bell in the header of every signed-in user: the unread count (refreshed after each navigation and when the
 * list opens), and a list of the user's notifications, read lazily page by page, each opening its page and
 * marked read on the way; "mark all read" and the settings page from there.
 */
@SpringComponent
@Scope("prototype")
class NotificationBell extends Div implements HeaderItem {

    private final transient NotificationService notifications;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final Grid<NotificationItem> list = new Grid<>();
    private final Popover popover = new Popover();
    private final Span empty = new Span();
    private boolean listLoaded;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        setId("notification-bell");
        addClassName("gp-bell");
        getStyle().set("position", "relative");
        bell.setId("notification-bell-button");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        badge.setId("notification-count");
        badge.getElement().getThemeList().add("badge error primary small pill");
        badge.getStyle().set("position", "absolute").set("top", "0").set("right", "-.25em")
                .set("pointer-events", "none");
        add(bell, badge);

        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("26em");
        popover.setModal(false);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
                if (!listLoaded) {
                    // the list is read only once the user opens it, not on every page the bell is part of
                    list.setDataProvider(new CallbackDataProvider<>(
                            q -> notifications.page(q.getPage(), q.getPageSize()).stream(),
                            q -> (int) Math.min(Integer.MAX_VALUE, notifications.total())));
                    listLoaded = true;
                } else {
                    list.getDataProvider().refreshAll();
                }
            }
        });
        list.setId("notification-list");
        list.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT);
        list.setPageSize(20);
        list.setHeight("22em");
        list.addComponentColumn(this::row);
        list.addItemClickListener(e -> open(e.getItem()));
        empty.setId("notification-empty");
        empty.addClassName("gp-empty");
        popover.add(header(), list, empty);
        add(popover);
    }

    private HorizontalLayout header() {
        Span title = new Span(getTranslation("notify.bell.title"));
        title.getStyle().set("font-weight", "600");
        Button allRead = new Button(getTranslation("notify.bell.allRead"), e -> {
            notifications.markAllRead();
            refresh();
            list.getDataProvider().refreshAll();
        });
        allRead.setId("notification-all-read");
        allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        Button settings = new Button(getTranslation("notify.bell.settings"), e -> {
            popover.close();
            getUI().ifPresent(ui -> ui.navigate("account/notifications"));
        });
        settings.setId("notification-settings");
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        HorizontalLayout header = new HorizontalLayout(title, allRead, settings);
        header.setWidthFull();
        header.expand(title);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        return header;
    }

    private Component row(NotificationItem item) {
        Span text = new Span(item.title()); // text, never HTML: titles carry names users typed
        text.getStyle().set("white-space", "normal").set("font-weight", item.read() ? "normal" : "600");
        Span when = new Span(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault()).format(item.createdAt()));
        when.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        Div row = new Div(text, new Div(when));
        row.setId("notification-" + item.id());
        row.getElement().setAttribute("data-read", String.valueOf(item.read()));
        row.getStyle().set("cursor", "pointer").set("padding", ".25em 0");
        return row;
    }

    private void open(NotificationItem item) {
        notifications.markRead(item.id());
        popover.close();
        refresh();
        getUI().ifPresent(ui -> ui.navigate(item.link()));
    }

    /** Reads the unread count again. */
    void refresh() {
        long unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notify.bell.aria", unread));
        bell.setTooltipText(getTranslation("notify.bell.aria", unread));
        boolean none = notifications.total() == 0;
        empty.setText(getTranslation("notify.bell.none"));
        empty.setVisible(none);
        list.setVisible(!none);
    }

    /** The unread count as shown (tests). */
    String shownCount() {
        return badge.isVisible() ? badge.getText() : "";
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void afterNavigation() {
        refresh();
    }
}
