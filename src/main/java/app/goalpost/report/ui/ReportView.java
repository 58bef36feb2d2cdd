package app.goalpost.report.ui;

import app.goalpost.report.ClientReport;
import app.goalpost.report.ReportDeliveryJob;
import app.goalpost.report.ReportPeriod;
import app.goalpost.report.ReportScheduleService;
import app.goalpost.report.ReportService;
import app.goalpost.report.ScheduleSettings;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.mail.MailOut;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.shared.ui.Formats;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspacePermission;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.ui.WorkspacePage;
import app.goalpost.workspace.ui.WorkspacePageView;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The client report of a workspace for a month or a week ({@code ?period=2026-11} or {@code ?period=2026-W47}):
 * everyone who sees the workspace reads it, prints it (report.css hides the shell) and downloads it as a PDF built
 * on the server. Agency staff of the workspace also set its e-mail delivery here.
 */
@Route("w/:workspaceId/report")
@PermitAll
@WorkspacePageView(WorkspacePage.REPORT)
class ReportView extends WorkspaceScopedView {

    private final transient ReportService reports;
    private final transient ReportScheduleService schedules;
    private final transient MailOut mail;
    private WorkspaceDetails workspace;
    private ReportPeriod period;

    ReportView(WorkspaceService workspaces, ReportService reports, ReportScheduleService schedules, MailOut mail) {
        super(workspaces);
        this.reports = reports;
        this.schedules = schedules;
        this.mail = mail;
    }

    @Override
    protected String titleKey() {
        return "report.pageTitle";
    }

    @Override
    protected void onOpen(WorkspaceDetails w, BeforeEnterEvent event) {
        this.workspace = w;
        Optional<String> key = event.getLocation().getQueryParameters().getSingleParameter("period");
        period = key.map(ReportPeriod::parse).orElseGet(() -> reports.periods(w.workspaceId(),
                ReportPeriod.Kind.MONTH).getFirst());
        render();
    }

    private void render() {
        removeAll();
        WorkspaceId id = workspace.workspaceId();
        ClientReport report = reports.report(id, period, getLocale());
        H2 title = new H2(getTranslation("report.pageTitle"));
        title.addClassName("gp-no-print");
        add(title, actions(report), new ReportContent(report));
        if (workspace.can(WorkspacePermission.EDIT_BASELINE)) {
            add(schedule());
        }
    }

    private HorizontalLayout actions(ClientReport report) {
        Select<ReportPeriod.Kind> kind = new Select<>();
        kind.setId("report-kind");
        kind.setLabel(getTranslation("report.view.kind"));
        kind.setItems(ReportPeriod.Kind.MONTH, ReportPeriod.Kind.WEEK);
        kind.setItemLabelGenerator(k -> getTranslation("report.view.kind." + k.name()));
        kind.setValue(period.kind());
        Select<ReportPeriod> choice = new Select<>();
        choice.setId("report-period");
        choice.setLabel(getTranslation("report.view.period"));
        choice.setItemLabelGenerator(this::label);
        List<ReportPeriod> options = reports.periods(workspace.workspaceId(), period.kind());
        choice.setItems(options.contains(period) ? options
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(period), options.stream()).toList());
        choice.setValue(period);
        choice.setWidth("20em");
        kind.addValueChangeListener(e -> open(reports.periods(workspace.workspaceId(), e.getValue()).getFirst()));
        choice.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(period)) {
                open(e.getValue());
            }
        });
        WorkspaceId id = workspace.workspaceId();
        ReportPeriod shown = period;
        java.util.Locale locale = getLocale();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            // built afresh, with the access check, when the file is requested
            ClientReport fresh = reports.report(id, shown, locale);
            byte[] bytes = reports.pdf(fresh);
            return new DownloadResponse(new ByteArrayInputStream(bytes), ReportDeliveryJob.fileName(fresh),
                    "application/pdf", bytes.length);
        }), getTranslation("report.view.pdf"));
        pdf.setId("report-pdf");
        Button print = new Button(getTranslation("report.view.print"),
                e -> getElement().executeJs("window.print()"));
        print.setId("report-print");
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(kind, choice, pdf, print);
        bar.addClassName("gp-report-actions");
        return bar;
    }

    private void open(ReportPeriod p) {
        getUI().ifPresent(ui -> ui.navigate(getClass(), getRouteParametersOf(),
                QueryParameters.of("period", p.key())));
    }

    private com.vaadin.flow.router.RouteParameters getRouteParametersOf() {
        return new com.vaadin.flow.router.RouteParameters(WORKSPACE_ID, String.valueOf(workspace.id()));
    }

    private String label(ReportPeriod p) {
        if (p.kind() == ReportPeriod.Kind.MONTH) {
            String month = DateTimeFormatter.ofPattern("LLLL yyyy", getLocale()).format(p.start());
            return Character.toUpperCase(month.charAt(0)) + month.substring(1);
        }
        return getTranslation("report.period.week", p.key().substring(6), p.key().substring(0, 4),
                Formats.date(p.start(), getLocale()), Formats.date(p.end(), getLocale()));
    }

    private Details schedule() {
        WorkspaceId id = workspace.workspaceId();
        ScheduleSettings current = schedules.schedule(id);
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        Checkbox enabled = new Checkbox(getTranslation("report.schedule.enabled"), current.enabled());
        enabled.setId("schedule-enabled");
        Select<ReportPeriod.Kind> frequency = new Select<>();
        frequency.setId("schedule-frequency");
        frequency.setLabel(getTranslation("report.schedule.frequency"));
        frequency.setItems(ReportPeriod.Kind.MONTH, ReportPeriod.Kind.WEEK);
        frequency.setItemLabelGenerator(k -> getTranslation("report.schedule.frequency." + k.name()));
        frequency.setValue(current.frequency());
        frequency.setWidth("20em");
        Select<String> language = new Select<>();
        language.setId("schedule-language");
        language.setLabel(getTranslation("report.schedule.language"));
        language.setItems("en", "fr");
        language.setItemLabelGenerator(l -> getTranslation("report.schedule.language." + l));
        language.setValue(current.language());
        TextArea recipients = new TextArea(getTranslation("report.schedule.recipients"));
        recipients.setId("schedule-recipients");
        recipients.setHelperText(getTranslation("report.schedule.recipientsHelp", ReportScheduleService.MAX_RECIPIENTS));
        recipients.setValue(String.join("\n", current.recipients()));
        recipients.setWidth("32em");
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                schedules.save(id, new ScheduleSettings(frequency.getValue(), language.getValue(), enabled.getValue(),
                        Arrays.asList(recipients.getValue().split("[\\n,;]")), Optional.empty(), current.version()),
                        current.version());
                FieldErrors.success(getTranslation("report.schedule.saved"));
                render();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("recipients", recipients), this);
            } catch (ObjectOptimisticLockingFailureException ex) {
                FieldErrors.conflict(this, "common.concurrentEdit", "schedule-conflict", Optional.of(this::render));
            }
        });
        save.setId("schedule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(enabled, frequency, language, recipients, save);
        if (!mail.available()) {
            Paragraph noMail = new Paragraph(getTranslation("report.schedule.noMail"));
            noMail.setId("schedule-no-mail");
            form.add(noMail);
        }
        current.lastSent().ifPresent(k -> form.add(new Paragraph(getTranslation("report.schedule.lastSent", k))));
        Details details = new Details(getTranslation("report.schedule.title"), form);
        details.setId("report-schedule");
        details.addClassName("gp-no-print");
        return details;
    }
}
