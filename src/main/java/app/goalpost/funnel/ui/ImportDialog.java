package app.goalpost.funnel.ui;

import app.goalpost.funnel.BaselineImport;
import app.goalpost.funnel.BaselineRow;
import app.goalpost.funnel.ImportPreview;
import app.goalpost.funnel.StageInfo;
import app.goalpost.shared.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Upload, preview and confirm: the file is parsed in memory, the preview shows what would be saved and every
 * cell-level problem, and only "Save these figures" hands the rows to the page, which saves them in one go.
 */
class ImportDialog extends Dialog {

    private final transient List<StageInfo> stages;
    private final Consumer<List<BaselineRow>> onConfirm;
    private final Locale locale;
    private final Currency currency;
    private final VerticalLayout preview = new VerticalLayout();
    private final Button confirm;
    private transient ImportPreview parsed;

    ImportDialog(List<StageInfo> stages, Locale locale, Currency currency, Consumer<List<BaselineRow>> onConfirm) {
        this.stages = List.copyOf(stages);
        this.locale = locale;
        this.currency = currency;
        this.onConfirm = onConfirm;
        setHeaderTitle(getTranslation("import.title"));
        setWidth("720px");
        // The upload arrives on a request thread: parse there, then touch the UI only through access()
        Upload upload = new Upload(UploadHandler.inMemory((meta, data) -> {
            ImportPreview result = BaselineImport.parse(data, meta.fileName(), this.stages);
            getUI().ifPresent(ui -> ui.access(() -> show(result)));
        }));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(BaselineImport.MAX_BYTES);
        preview.setPadding(false);
        confirm = new Button(getTranslation("import.confirm"), e -> {
            close();
            onConfirm.accept(parsed.rows());
        });
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        add(new Paragraph(getTranslation("import.hint")), upload, preview);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }

    /** What the upload handler does with a received file; package-visible so tests can feed files directly. */
    void receive(String fileName, byte[] data) {
        show(BaselineImport.parse(data, fileName, stages));
    }

    private void show(ImportPreview result) {
        parsed = result;
        preview.removeAll();
        confirm.setEnabled(result.valid());
        if (!result.rows().isEmpty()) {
            preview.add(new Paragraph(getTranslation(result.stagesAsColumns() ? "import.layout.columns"
                    : "import.layout.rows")));
            Grid<BaselineRow> grid = new Grid<>();
            grid.setId("import-preview");
            grid.setAllRowsVisible(true);
            grid.addColumn(BaselineRow::stageName).setHeader(getTranslation("grid.stage"));
            grid.addColumn(r -> Formats.number(r.volume().doubleValue(), 4, locale))
                    .setHeader(getTranslation("grid.volume"));
            grid.addColumn(r -> r.spend().map((BigDecimal s) -> Formats.money(s, currency, locale)).orElse(""))
                    .setHeader(getTranslation("grid.spend"));
            grid.setItems(result.rows());
            preview.add(grid);
        }
        if (!result.errors().isEmpty()) {
            UnorderedList problems = new UnorderedList();
            problems.setId("import-problems");
            for (ImportPreview.Problem p : result.errors()) {
                String text = getTranslation(p.messageKey(), p.args().toArray());
                problems.add(new ListItem(p.cell().isEmpty() ? text : p.cell() + ": " + text));
            }
            preview.add(new Paragraph(getTranslation("import.problems")), problems);
        }
    }

    Button confirmButton() {
        return confirm;
    }
}
