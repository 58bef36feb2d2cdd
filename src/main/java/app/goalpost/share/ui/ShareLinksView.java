package app.goalpost.share.ui;

import app.goalpost.security.Roles;
import app.goalpost.share.CreatedShareLink;
import app.goalpost.share.ShareKind;
import app.goalpost.share.ShareLinkRequest;
import app.goalpost.share.ShareLinkService;
import app.goalpost.share.ShareLinkStatus;
import app.goalpost.share.ShareLinkSummary;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.shared.ui.Formats;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.ui.WorkspacePage;
import app.goalpost.workspace.ui.WorkspacePageView;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;

/**
 * A workspace's share links, for agency staff (clients never reach this page: role check on the route and in the
 * service): create a link to the dashboard or to the client report of the current month, with an expiry and an
 * optional password, see each link's use, revoke.
 * The new link's address is shown once, right after creation; only its hash is stored.
 */
@Route("w/:workspaceId/share")
@RolesAllowed({Roles.OWNER, Roles.ADMIN, Roles.MANAGER})
@StyleSheet("context://goalpost/share.css")
@WorkspacePageView(WorkspacePage.SHARING)
class ShareLinksView extends WorkspaceScopedView {

    private final transient ShareLinkService shares;
    private final transient Clock clock;
    private Grid<ShareLinkSummary> grid = new Grid<>();
    private WorkspaceDetails current;

    ShareLinksView(WorkspaceService workspaces, ShareLinkService shares, Clock clock) {
        super(workspaces);
        this.shares = shares;
        this.clock = clock;
    }

    @Override
    protected void onOpen(WorkspaceDetails w, BeforeEnterEvent event) {
        current = w;
        H2 title = new H2(getTranslation("share.manage.title", w.name()));
        title.setId("share-title");
        add(title, new Paragraph(getTranslation("share.manage.intro", ShareLinkService.MAX_DAYS)));

        LocalDate today = LocalDate.now(clock.withZone(w.timeZone()));
        RadioButtonGroup<ShareKind> kind = new RadioButtonGroup<>(getTranslation("share.field.kind"));
        kind.setId("share-kind");
        kind.setItems(Arrays.stream(ShareKind.values()).filter(ShareKind::creatable).toList());
        kind.setItemLabelGenerator(k -> getTranslation("share.kind." + k.name()));
        kind.setValue(ShareKind.DASHBOARD);
        kind.setHelperText(getTranslation("share.field.kindHelp"));
        TextField label = new TextField(getTranslation("share.field.label"));
        label.setId("share-label");
        label.setMaxLength(ShareLinkService.MAX_LABEL);
        DatePicker expiresOn = new DatePicker(getTranslation("share.field.expiresOn"));
        expiresOn.setId("share-expires");
        expiresOn.setLocale(getLocale());
        expiresOn.setRequiredIndicatorVisible(true);
        expiresOn.setMin(today);
        expiresOn.setMax(today.plusDays(ShareLinkService.MAX_DAYS));
        expiresOn.setValue(today.plusDays(30));
        PasswordField password = new PasswordField(getTranslation("share.field.password"));
        password.setId("share-password-new");
        password.setHelperText(getTranslation("share.field.passwordHelp", ShareLinkService.MIN_PASSWORD));
        TextField url = new TextField(getTranslation("share.created.url"));
        url.setId("share-new-url");
        url.addClassName("gp-share-new-url");
        url.setReadOnly(true);
        url.setVisible(false);
        Map<String, HasValidation> fields = Map.of("kind", kind, "label", label, "expiresOn", expiresOn,
                "password", password);
        Button create = new Button(getTranslation("share.create"), e -> {
            FieldErrors.clear(fields);
            try {
                CreatedShareLink created = shares.create(w.workspaceId(), new ShareLinkRequest(kind.getValue(),
                        label.getValue(), expiresOn.getValue(), password.getValue()));
                url.setValue(created.url());
                url.setHelperText(getTranslation("share.created.once"));
                url.setVisible(true);
                label.clear();
                password.clear();
                refresh();
                FieldErrors.success(getTranslation("share.created"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, fields, this);
            }
        });
        create.setId("share-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(kind, label, expiresOn, password);
        form.setColspan(kind, 2);
        form.setMaxWidth("48rem");
        add(new H3(getTranslation("share.create.title")), form, create, url);

        // a new grid per opening: navigating to the page again reuses the view
        grid = new Grid<>();
        grid.setId("share-grid");
        // the action first: at the right edge the floating dev-mode button (and narrow screens) would cover it
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.label().isEmpty() ? getTranslation("share.kind." + l.kind().name()) : l.label())
                .setHeader(getTranslation("share.col.link")).setAutoWidth(true);
        grid.addColumn(ShareLinkSummary::createdByName).setHeader(getTranslation("share.col.createdBy"))
                .setAutoWidth(true);
        grid.addColumn(l -> date(l.createdAt())).setHeader(getTranslation("share.col.createdAt")).setAutoWidth(true);
        grid.addColumn(l -> date(l.expiresAt().minusSeconds(1))).setHeader(getTranslation("share.col.expires"))
                .setAutoWidth(true);
        grid.addColumn(l -> getTranslation(l.passwordProtected() ? "share.password.yes" : "share.password.no"))
                .setHeader(getTranslation("share.col.password")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation("share.status." + l.status().name()))
                .setHeader(getTranslation("share.col.status")).setAutoWidth(true);
        grid.addColumn(ShareLinkSummary::views).setHeader(getTranslation("share.col.views")).setAutoWidth(true);
        grid.addColumn(l -> l.lastViewedAt().map(this::dateTime).orElse(getTranslation("share.never")))
                .setHeader(getTranslation("share.col.lastUse")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("share.list.title")), grid);
        refresh();
    }

    private Component actions(ShareLinkSummary link) {
        Button revoke = new Button(getTranslation("share.revoke"), e -> {
            shares.revoke(current.workspaceId(), link.id());
            refresh();
            FieldErrors.success(getTranslation("share.revoked"));
        });
        revoke.setId("share-revoke-" + link.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
        revoke.setVisible(link.status() == ShareLinkStatus.ACTIVE);
        return revoke;
    }

    private void refresh() {
        grid.setItems(shares.list(current.workspaceId()));
    }

    private String date(Instant instant) {
        return Formats.date(LocalDate.ofInstant(instant, zone()), getLocale());
    }

    private String dateTime(Instant instant) {
        java.time.LocalDateTime local = java.time.LocalDateTime.ofInstant(instant, zone());
        return Formats.date(local.toLocalDate(), getLocale()) + " "
                + String.format(getLocale(), "%02d:%02d", local.getHour(), local.getMinute());
    }

    private ZoneId zone() {
        return current.timeZone();
    }

    @Override
    protected String titleKey() {
        return "share.menu";
    }
}
