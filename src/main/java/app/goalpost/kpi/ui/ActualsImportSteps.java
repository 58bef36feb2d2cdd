package app.goalpost.kpi.ui;

import app.goalpost.kpi.ActualsPreview;
import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.ActualsSource;
import app.goalpost.shared.sheet.SheetFile;
import app.goalpost.shared.sheet.SheetProgress;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.shared.ui.SheetImportDialog;
import app.goalpost.workspace.WorkspaceId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Optional;

/**
 * An actuals import (date, KPI name, value) in the shared import dialog. Both steps stream the file through the
 * service: the check lists row-level errors and the values that will be replaced, writing nothing; "Import" writes
 * every row in one transaction, and only when no row has an error.
 */
final class ActualsImportSteps implements SheetImportDialog.Steps<ActualsPreview> {

    /** A million rows of "2026-01-05,Leads qualifiés,123.45" is about 35 MB; an XLSX of as many, less. */
    static final int MAX_MEGABYTES = 200;

    private final ActualsService actuals;
    private final WorkspaceId workspaceId;
    private final Runnable onImported;

    private ActualsImportSteps(ActualsService actuals, WorkspaceId workspaceId, Runnable onImported) {
        this.actuals = actuals;
        this.workspaceId = workspaceId;
        this.onImported = onImported;
    }

    static SheetImportDialog<ActualsPreview> dialog(Component page, ActualsService actuals, WorkspaceId workspaceId,
            Runnable onImported) {
        return new SheetImportDialog<>(page.getTranslation("kpi.import.title"), page.getTranslation("kpi.import.help"),
                page.getTranslation("kpi.import.confirm"), MAX_MEGABYTES,
                new ActualsImportSteps(actuals, workspaceId, onImported));
    }

    @Override
    public ActualsPreview check(SheetFile file, SheetProgress progress) {
        return actuals.preview(workspaceId, Optional.empty(), ActualsSource.file(file), progress);
    }

    @Override
    public Component preview(ActualsPreview checked) {
        ImportPreviewGrid grid = new ImportPreviewGrid("import", true);
        grid.show(checked);
        return grid;
    }

    @Override
    public boolean canConfirm(ActualsPreview checked) {
        return checked.canImport();
    }

    @Override
    public Runnable write(ActualsPreview checked, SheetFile file, SheetProgress progress) {
        int written = actuals.importRows(workspaceId, Optional.empty(), ActualsSource.file(file), progress);
        return () -> {
            FieldErrors.success(UI.getCurrent().getTranslation("kpi.import.done", written));
            onImported.run();
        };
    }
}
