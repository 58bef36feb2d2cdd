package app.goalpost.kpi.ui;

import app.goalpost.kpi.ActualsFile;
import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.ImportPreview;
import app.goalpost.kpi.RawRow;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.FieldErrors;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.Optional;

/**
 * Imports actuals from a CSV or XLSX file (date, KPI name, value). The file is read and checked in the upload
 * request, off the UI lock, reporting progress through UI polling so the page stays responsive; the preview
 * lists row-level errors and the values that will be replaced; nothing is written until "Import" is pressed,
 * and only when no row has an error.
 */
class ImportDialog extends Dialog {

    private static final int POLL_MS = 300;

    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Span status = new Span();
    private final ImportPreviewGrid preview = new ImportPreviewGrid("import", true);
    private final Button confirm = new Button();
    private List<RawRow> rows = List.of();
    /** Kept from attach: the upload callback runs on a request thread, outside the UI lock. */
    private transient UI ui;

    ImportDialog(ActualsService actuals, long workspaceId, Runnable onImported) {
        setHeaderTitle(getTranslation("kpi.import.title"));
        addAttachListener(e -> ui = e.getUI());
        setWidth("min(60rem, 95vw)");
        Paragraph help = new Paragraph(getTranslation("kpi.import.help"));
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
            ui.access(() -> {
                ui.setPollInterval(POLL_MS);
                progress.setVisible(true);
                progress.setValue(0);
                status.setText(getTranslation("kpi.import.reading", meta.fileName()));
                confirm.setEnabled(false);
                preview.clear();
            });
            try {
                // the upload request carries the user's security context: the service checks access as usual
                List<RawRow> read = ActualsFile.read(meta.fileName(), bytes,
                        pct -> ui.access(() -> progress.setValue(pct)));
                ImportPreview checked = actuals.preview(workspaceId, read, Optional.empty());
                ui.access(() -> {
                    rows = read;
                    status.setText(getTranslation("kpi.import.read", meta.fileName()));
                    preview.show(checked);
                    confirm.setEnabled(checked.canImport());
                });
            } catch (InvalidInputException e) {
                ui.access(() -> status.setText(getTranslation(e.messageKey(), e.args())));
            } finally {
                ui.access(() -> {
                    progress.setVisible(false);
                    ui.setPollInterval(-1);
                    // one file at a time: a corrected file can be dropped right away
                    upload.clearFileList();
                });
            }
        }));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".txt", ".tsv", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(10 * 1024 * 1024);
        progress.setVisible(false);
        progress.setId("import-progress");
        status.setId("import-status");
        confirm.setText(getTranslation("kpi.import.confirm"));
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> {
            try {
                int written = actuals.importRows(workspaceId, rows, Optional.empty());
                FieldErrors.success(getTranslation("kpi.import.done", written));
                close();
                onImported.run();
            } catch (InvalidInputException ex) {
                FieldErrors.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        add(help, upload, progress, status, preview);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
