package app.goalpost.funnel.ui;

import app.goalpost.funnel.BaselineForm;
import app.goalpost.funnel.BaselineRow;
import app.goalpost.funnel.BenchmarkProposal;
import app.goalpost.funnel.Benchmarks;
import app.goalpost.funnel.StageInfo;
import app.goalpost.planning.benchmark.BenchmarkSet;
import app.goalpost.planning.funnel.BaselineMethod;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.DecimalField;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.workspace.WorkspaceDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Name, method and period of a baseline; for benchmarks + budget, the benchmark set (the workspace industry's by
 * default) and the budget that the engine turns into volumes, which are handed to the grid.
 */
class BaselineHeader extends VerticalLayout {

    private final TextField name = new TextField();
    private final ComboBox<BaselineMethod> method = new ComboBox<>();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final ComboBox<BenchmarkSet> set = new ComboBox<>();
    private final DecimalField budget = new DecimalField().fieldKey("budget").minimum(BigDecimal.ZERO, false)
            .maximum(new BigDecimal("99999999999999999")).decimals(2);
    private final Paragraph benchmarkNote = new Paragraph();
    private final HorizontalLayout benchmarkPanel;
    private final transient List<StageInfo> stages;
    private final WorkspaceDetails workspace;

    BaselineHeader(BaselineForm form, boolean editable, WorkspaceDetails workspace, List<StageInfo> stages,
            Benchmarks benchmarks, Locale locale, Consumer<List<BaselineRow>> onVolumes) {
        this.stages = stages;
        this.workspace = workspace;
        setPadding(false);
        name.setLabel(getTranslation("baseline.field.name"));
        name.setId("baseline-name");
        name.setValue(form.name() == null ? "" : form.name());
        method.setLabel(getTranslation("baseline.field.method"));
        method.setId("baseline-method");
        method.setItems(BaselineMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("baseline.method." + m.name()));
        method.setValue(form.method());
        start.setLabel(getTranslation("baseline.field.start"));
        start.setId("baseline-start");
        start.setLocale(locale);
        start.setValue(form.periodStart());
        end.setLabel(getTranslation("baseline.field.end"));
        end.setId("baseline-end");
        end.setLocale(locale);
        end.setValue(form.periodEnd());
        FormLayout fields = new FormLayout(name, method, start, end);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        fields.setWidthFull();

        set.setLabel(getTranslation("baseline.field.set"));
        set.setId("benchmark-set");
        set.setItems(benchmarks.sets());
        // the catalogue names its sets in English; the bundles carry them in both languages
        set.setItemLabelGenerator(s -> getTranslation("benchmarkSet." + s.key()));
        set.setValue(form.benchmarkSet().flatMap(benchmarks::set)
                .or(() -> benchmarks.forIndustry(workspace.industry())).orElse(null));
        budget.setId("benchmark-budget");
        form.budget().ifPresent(budget::setDecimal);
        updateBudgetLabel();
        set.addValueChangeListener(e -> updateBudgetLabel());
        Button compute = new Button(getTranslation("baseline.benchmark.compute"), e -> compute(onVolumes));
        compute.setId("benchmark-compute");
        benchmarkPanel = new HorizontalLayout(set, budget, compute);
        benchmarkPanel.setAlignItems(FlexComponent.Alignment.BASELINE);
        benchmarkPanel.setVisible(editable && form.method() == BaselineMethod.BENCHMARKS_AND_BUDGET);
        benchmarkNote.setId("benchmark-note");
        method.addValueChangeListener(e -> benchmarkPanel.setVisible(editable
                && e.getValue() == BaselineMethod.BENCHMARKS_AND_BUDGET));
        add(fields, benchmarkPanel, benchmarkNote);
        name.setReadOnly(!editable);
        method.setReadOnly(!editable);
        start.setReadOnly(!editable);
        end.setReadOnly(!editable);
    }

    private void updateBudgetLabel() {
        String currency = Optional.ofNullable(set.getValue()).flatMap(BenchmarkProposal::budgetCurrency)
                .orElse(workspace.currency()).getCurrencyCode();
        budget.setLabel(getTranslation("baseline.field.budget", currency));
        budget.subject(budget.getLabel());
    }

    private void compute(Consumer<List<BaselineRow>> onVolumes) {
        clearErrors();
        if (set.getValue() == null) {
            set.setInvalid(true);
            return;
        }
        try {
            BenchmarkProposal proposal = BenchmarkProposal.of(stages, set.getValue(), budget.getDecimal().orElse(null),
                    workspace.currency());
            List<String> notes = new ArrayList<>();
            if (!proposal.uncovered().isEmpty()) {
                notes.add(getTranslation("baseline.benchmark.uncovered", String.join(", ", proposal.uncovered())));
            }
            if (!proposal.spendAttributed()) {
                notes.add(getTranslation("baseline.benchmark.currency", proposal.budgetCurrency().getCurrencyCode(),
                        workspace.currency().getCurrencyCode()));
            }
            benchmarkNote.setText(String.join(" ", notes));
            onVolumes.accept(proposal.rows());
        } catch (InvalidInputException e) {
            showError(e, this);
        }
    }

    BaselineForm form(List<BaselineRow> rows) {
        boolean benchmark = method.getValue() == BaselineMethod.BENCHMARKS_AND_BUDGET;
        return new BaselineForm(name.getValue(), method.getValue(), start.getValue(), end.getValue(),
                benchmark ? Optional.ofNullable(set.getValue()).map(BenchmarkSet::key) : Optional.empty(),
                benchmark ? budget.getDecimal() : Optional.empty(), rows);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "method", method, "period", end, "benchmarkSet", set, "budget", budget);
    }

    void showError(InvalidInputException e, Component context) {
        FieldErrors.show(e, fields(), context);
    }

    void clearErrors() {
        FieldErrors.clear(fields());
    }

    BigDecimal budgetValue() {
        return budget.getDecimal().orElse(null);
    }
}
