package app.goalpost.share.ui;

import app.goalpost.kpi.KpiPacing;
import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.report.ClientReport;
import app.goalpost.report.ReportDeliveryJob;
import app.goalpost.share.ShareClient;
import app.goalpost.share.ShareGrant;
import app.goalpost.share.ShareKind;
import app.goalpost.share.ShareOpening;
import app.goalpost.share.SharedDashboard;
import app.goalpost.share.SharedPageService;
import app.goalpost.shared.ui.Formats;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The page a share link opens ({@code /s/<token>}), for anybody holding it: the live, read-only dashboard of the
 * link's one workspace or, for a report link, its client report of the current month and that report's PDF, in its own layout (no app shell, no menu, no switcher, no link to anything). A
 * password-protected link asks for the password first. Unknown, revoked and expired links answer
 * {@link ShareUnavailableView}; too many attempts {@link ShareThrottledView}.
 */
@Route(value = "s/:token", autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://goalpost/kpi.css")
@StyleSheet("context://goalpost/share.css")
class SharedPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Map<PacingStatus, Integer> URGENCY = Map.of(PacingStatus.BEHIND, 0,
            PacingStatus.ON_TRACK, 1, PacingStatus.AHEAD, 2, PacingStatus.NO_DATA, 3, PacingStatus.NOT_STARTED, 4);

    private final transient SharedPageService shares;
    private String title = "";

    SharedPageView(SharedPageService shares) {
        this.shares = shares;
        addClassName("gp-shared-page");
        setId("shared-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        title = getTranslation("share.page.title");
        String token = event.getRouteParameters().get("token").orElse("");
        ShareOpening opening = shares.open(token, null, client());
        switch (opening.outcome()) {
            case GRANTED -> {
                if (!show(grant(opening))) {
                    throw new ShareUnavailableException();
                }
            }
            case PASSWORD_REQUIRED -> askPassword(token);
            case THROTTLED -> throw new ShareThrottledException();
            case UNAVAILABLE, WRONG_PASSWORD -> throw new ShareUnavailableException();
        }
    }

    private static ShareGrant grant(ShareOpening opening) {
        ShareGrant grant = opening.grant();
        if (grant == null) {
            throw new ShareUnavailableException();
        }
        return grant;
    }

    private void askPassword(String token) {
        PasswordField password = new PasswordField(getTranslation("share.password.label"));
        password.setId("share-password");
        password.setMaxLength(200);
        Button unlock = new Button(getTranslation("share.password.submit"));
        unlock.setId("share-unlock");
        unlock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        unlock.addClickShortcut(Key.ENTER);
        unlock.addClickListener(e -> {
            ShareOpening opening = shares.open(token, password.getValue(), client());
            switch (opening.outcome()) {
                case GRANTED -> {
                    removeAll();
                    if (!show(grant(opening))) {
                        removeAll();
                        message("share.unavailable.title", "share.unavailable.text");
                    }
                }
                case WRONG_PASSWORD, PASSWORD_REQUIRED -> {
                    password.clear();
                    password.setErrorMessage(getTranslation("share.password.wrong"));
                    password.setInvalid(true);
                }
                case THROTTLED -> {
                    removeAll();
                    message("share.throttled.title", "share.throttled.text");
                }
                case UNAVAILABLE -> {
                    removeAll();
                    message("share.unavailable.title", "share.unavailable.text");
                }
            }
        });
        Div form = new Div(password, unlock);
        form.addClassName("gp-shared-password");
        add(new H1(getTranslation("share.password.title")), new Paragraph(getTranslation("share.password.intro")),
                form);
    }

    private void message(String titleKey, String textKey) {
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
    }

    /** Shows what the link opens; false when it no longer works (revoked, expired, workspace archived). */
    private boolean show(ShareGrant grant) {
        if (grant.kind() == ShareKind.REPORT) {
            Optional<ClientReport> report = shares.report(grant, getLocale());
            report.ifPresent(r -> showReport(grant, r));
            return report.isPresent();
        }
        Optional<SharedDashboard> dashboard = shares.dashboard(grant);
        dashboard.ifPresent(this::show);
        return dashboard.isPresent();
    }

    /**
     * The report of the current month with the agency's branding (in the report itself) and its PDF, the only
     * thing the page offers: no period picker, no link to the app.
     */
    private void showReport(ShareGrant grant, ClientReport report) {
        title = report.workspaceName();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        Span badge = new Span(getTranslation("share.page.readOnly"));
        badge.getElement().getThemeList().add("badge contrast");
        badge.setId("shared-read-only");
        Locale locale = getLocale();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> shares.reportPdf(grant, locale)
                .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), ReportDeliveryJob.fileName(report),
                        "application/pdf", bytes.length))
                // revoked or expired since the page opened: nothing, like an unknown link
                .orElseGet(() -> DownloadResponse.error(HttpServletResponse.SC_NOT_FOUND))),
                getTranslation("share.report.pdf"));
        pdf.setId("shared-report-pdf");
        Div bar = new Div(badge, pdf);
        bar.addClassName("gp-shared-report-bar");
        add(bar, new SharedReport(report));
    }

    private void show(SharedDashboard shared) {
        title = shared.workspaceName();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        Span badge = new Span(getTranslation("share.page.readOnly"));
        badge.getElement().getThemeList().add("badge contrast");
        badge.setId("shared-read-only");
        H1 name = new H1(shared.workspaceName());
        name.setId("shared-title");
        Paragraph asOf = new Paragraph(getTranslation("kpi.dashboard.asOf",
                Formats.date(shared.dashboard().today(), getLocale())));
        asOf.addClassName("gp-empty");
        add(badge, name, asOf);
        if (shared.dashboard().kpis().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("kpi.dashboard.empty"));
            empty.setId("shared-empty");
            add(empty);
            return;
        }
        Div cards = new Div();
        cards.setId("shared-kpi-cards");
        cards.addClassName("gp-kpi-cards");
        cards.setWidthFull();
        shared.dashboard().kpis().stream()
                .sorted(Comparator.<KpiPacing>comparingInt(p -> URGENCY.get(p.status()))
                        .thenComparing(p -> p.kpi().name().toLowerCase(getLocale())))
                .forEach(p -> cards.add(new SharedKpiCard(p, shared.dashboard().today(), shared.currency())));
        add(cards);
    }

    /** The address Tomcat resolved (forwarded headers count only from configured proxies) and the user agent. */
    private static ShareClient client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return new ShareClient("unknown", "");
        }
        String address = request.getRemoteAddr();
        String agent = request.getHeader("User-Agent");
        return new ShareClient(address == null ? "unknown" : address, agent == null ? "" : agent);
    }

    @Override
    public String getPageTitle() {
        return title + " · Goalpost";
    }
}
