package app.goalpost.kpi.ui;

import app.goalpost.kpi.ActualsPreview;
import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.ActualsSource;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiSummary;
import app.goalpost.shared.sheet.SheetProgress;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.workspace.WorkspaceId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;

/**
 * Paste two columns (date, value) copied from a spreadsheet into one KPI: preview with row-level errors and
 * replaced values first; nothing is written until "Apply".
 */
class PasteDialog extends Dialog {

    private final TextArea text = new TextArea();
    private final ImportPreviewGrid preview = new ImportPreviewGrid("paste", false);
    private final Button apply = new Button();
    private ActualsSource rows = ActualsSource.paste("");

    PasteDialog(ActualsService actuals, WorkspaceId workspaceId, KpiSummary kpi, Runnable onApplied) {
        setHeaderTitle(getTranslation("kpi.paste.title", kpi.name()));
        setWidth("min(56rem, 95vw)");
        Paragraph help = new Paragraph(getTranslation("kpi.paste.help"));
        text.setId("paste-text");
        text.setWidthFull();
        text.setHeight("10rem");
        text.setPlaceholder("2026-01-05\t42");
        text.addValueChangeListener(e -> {
            apply.setEnabled(false);
            preview.clear();
        });
        Button check = new Button(getTranslation("kpi.paste.preview"), e -> {
            rows = ActualsSource.paste(text.getValue());
            ActualsPreview result = actuals.preview(workspaceId, Optional.of(new KpiId(kpi.id())), rows,
                    SheetProgress.NONE);
            preview.show(result);
            apply.setEnabled(result.canImport());
        });
        check.setId("paste-preview");
        apply.setText(getTranslation("kpi.paste.apply"));
        apply.setId("paste-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(e -> {
            try {
                int written = actuals.importRows(workspaceId, Optional.of(new KpiId(kpi.id())), rows,
                        SheetProgress.NONE);
                FieldErrors.success(getTranslation("kpi.import.done", written));
                close();
                onApplied.run();
            } catch (InvalidInputException ex) {
                FieldErrors.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        add(help, text, check, preview);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), apply);
    }
}
