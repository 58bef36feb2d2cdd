package app.goalpost.funnel.ui;

import app.goalpost.funnel.BaselineImport;
import app.goalpost.funnel.BaselinePreview;
import app.goalpost.funnel.BaselineRow;
import app.goalpost.funnel.StageInfo;
import app.goalpost.shared.sheet.SheetFile;
import app.goalpost.shared.sheet.SheetProgress;
import app.goalpost.shared.ui.Formats;
import app.goalpost.shared.ui.SheetImportDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A baseline import in the shared import dialog: the check maps the sheet's cells to the workspace's stages, the
 * preview shows what would be saved and every cell-level problem, and "Save these figures" hands the rows to the
 * page, which saves them in one go.
 */
final class BaselineImportSteps implements SheetImportDialog.Steps<BaselinePreview> {

    private final List<StageInfo> stages;
    private final Locale locale;
    private final Currency currency;
    private final Consumer<List<BaselineRow>> onConfirm;
    private final Component texts;

    private BaselineImportSteps(List<StageInfo> stages, Locale locale, Currency currency,
            Consumer<List<BaselineRow>> onConfirm, Component texts) {
        this.stages = List.copyOf(stages);
        this.locale = locale;
        this.currency = currency;
        this.onConfirm = onConfirm;
        this.texts = texts;
    }

    static SheetImportDialog<BaselinePreview> dialog(Component page, List<StageInfo> stages, Locale locale,
            Currency currency, Consumer<List<BaselineRow>> onConfirm) {
        return new SheetImportDialog<>(page.getTranslation("import.title"), page.getTranslation("import.hint"),
                page.getTranslation("import.confirm"), BaselineImport.MAX_MEGABYTES,
                new BaselineImportSteps(stages, locale, currency, onConfirm, page));
    }

    @Override
    public BaselinePreview check(SheetFile file, SheetProgress progress) {
        return BaselineImport.parse(file, stages, progress);
    }

    @Override
    public boolean canConfirm(BaselinePreview checked) {
        return checked.valid();
    }

    @Override
    public Runnable write(BaselinePreview checked, SheetFile file, SheetProgress progress) {
        return () -> onConfirm.accept(checked.rows());
    }

    @Override
    public boolean writesOnWorker() {
        return false;
    }

    @Override
    public Component preview(BaselinePreview result) {
        VerticalLayout preview = new VerticalLayout();
        preview.setPadding(false);
        if (!result.rows().isEmpty()) {
            preview.add(new Paragraph(texts.getTranslation(result.stagesAsColumns() ? "import.layout.columns"
                    : "import.layout.rows")));
            Grid<BaselineRow> grid = new Grid<>();
            grid.setId("import-preview");
            grid.setAllRowsVisible(true);
            grid.addColumn(BaselineRow::stageName).setHeader(texts.getTranslation("grid.stage"));
            grid.addColumn(r -> Formats.number(r.volume().doubleValue(), 4, locale))
                    .setHeader(texts.getTranslation("grid.volume"));
            grid.addColumn(r -> r.spend().map((BigDecimal s) -> Formats.money(s, currency, locale)).orElse(""))
                    .setHeader(texts.getTranslation("grid.spend"));
            grid.setItems(result.rows());
            preview.add(grid);
        }
        if (!result.errors().isEmpty()) {
            UnorderedList problems = new UnorderedList();
            problems.setId("import-problems");
            for (BaselinePreview.Problem p : result.errors()) {
                String text = texts.getTranslation(p.messageKey(), p.args().toArray());
                problems.add(new ListItem(p.cell().isEmpty() ? text : p.cell() + ": " + text));
            }
            preview.add(new Paragraph(texts.getTranslation("import.problems")), problems);
        }
        return preview;
    }
}
