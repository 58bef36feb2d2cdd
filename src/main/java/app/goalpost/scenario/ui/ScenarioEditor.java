package app.goalpost.scenario.ui;

import app.goalpost.funnel.BaselineId;
import app.goalpost.planning.funnel.Funnel;
import app.goalpost.scenario.CeilingMode;
import app.goalpost.scenario.GoalKind;
import app.goalpost.scenario.LeverKind;
import app.goalpost.scenario.ScenarioForm;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.DecimalField;
import app.goalpost.shared.ui.FieldErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The scenario as the user states it: goal (relative, absolute or revenue) on a stage, the levers to move, and
 * optional ceilings. Fields that do not apply to the chosen goal or levers are hidden; every change is reported to
 * the page, which solves the scenario live.
 */
class ScenarioEditor extends FormLayout {

    private final BaselineId baselineId;
    private final TextField name = new TextField();
    private final Select<GoalKind> goalKind = new Select<>();
    private final Select<Integer> goalStage = new Select<>();
    private final DecimalField goalAmount = new DecimalField().fieldKey("goalAmount").required(true)
            .maximum(new BigDecimal("1000000000")).decimals(4);
    private final DecimalField dealValue = new DecimalField().fieldKey("dealValue").required(true)
            .minimum(BigDecimal.ZERO, false).maximum(new BigDecimal("99999999999999999")).decimals(2);
    private final Select<LeverKind> leverKind = new Select<>();
    private final MultiSelectComboBox<Integer> steps = new MultiSelectComboBox<>();
    private final TextField weights = new TextField();
    private final DecimalField volumeShare = new DecimalField().fieldKey("volumeShare").required(true)
            .minimum(BigDecimal.ZERO, true).maximum(new BigDecimal("100")).decimals(4);
    private final Select<CeilingMode> ceiling = new Select<>();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final transient ScenarioForm loaded;

    ScenarioEditor(ScenarioForm form, Funnel funnel, boolean editable, Locale locale, Runnable onChange) {
        this.baselineId = new BaselineId(form.baselineId());
        setId("scenario-editor");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 3));
        field(name, "scenario-name", "scenario.field.name");
        name.setValue(form.name());
        name.setValueChangeMode(ValueChangeMode.LAZY);
        field(goalKind, "goal-kind", "scenario.field.goalKind");
        goalKind.setItems(GoalKind.values());
        goalKind.setItemLabelGenerator(k -> getTranslation("scenario.goalKind." + k.name()));
        goalKind.setValue(form.goalKind());
        field(goalStage, "goal-stage", "scenario.field.goalStage");
        goalStage.setItems(IntStream.range(1, funnel.size()).boxed().toList());
        goalStage.setItemLabelGenerator(i -> funnel.stage(i).name());
        goalStage.setValue(form.goalStage());
        field(goalAmount, "goal-amount", "scenario.field.goalAmount");
        goalAmount.subject(getTranslation("scenario.field.goalAmount"));
        goalAmount.setDecimal(form.goalAmount());
        goalAmount.setValueChangeMode(ValueChangeMode.LAZY);
        field(dealValue, "deal-value", "scenario.field.dealValue");
        dealValue.subject(getTranslation("scenario.field.dealValue"));
        form.dealValue().ifPresent(dealValue::setDecimal);
        field(leverKind, "lever-kind", "scenario.field.leverKind");
        leverKind.setItems(LeverKind.values());
        leverKind.setItemLabelGenerator(k -> getTranslation("scenario.leverKind." + k.name()));
        leverKind.setValue(form.leverKind());
        field(steps, "lever-steps", "scenario.field.steps");
        steps.setItems(IntStream.range(0, funnel.steps()).boxed().toList());
        steps.setItemLabelGenerator(i -> funnel.stage(i).name() + " → " + funnel.stage(i + 1).name());
        steps.setValue(new java.util.LinkedHashSet<>(form.steps()));
        field(weights, "lever-weights", "scenario.field.weights");
        weights.setValue(String.join(", ", form.weights().stream().map(w -> trim(w, locale)).toList()));
        weights.setValueChangeMode(ValueChangeMode.LAZY);
        field(volumeShare, "volume-share", "scenario.field.volumeShare");
        volumeShare.subject(getTranslation("scenario.field.volumeShare"));
        volumeShare.setDecimal(BigDecimal.valueOf(form.volumeShare() * 100).stripTrailingZeros());
        field(ceiling, "ceiling", "scenario.field.ceiling");
        ceiling.setItems(CeilingMode.values());
        ceiling.setItemLabelGenerator(c -> getTranslation("scenario.ceiling." + c.name()));
        ceiling.setValue(form.ceilingMode());
        field(start, "scenario-start", "scenario.field.start");
        start.setLocale(locale);
        start.setValue(form.periodStart());
        field(end, "scenario-end", "scenario.field.end");
        end.setLocale(locale);
        end.setValue(form.periodEnd());
        updateVisibility();
        loaded = form();
        List.<com.vaadin.flow.component.HasValue<?, ?>>of(name, goalKind, goalStage, goalAmount, dealValue, leverKind,
                steps, weights, volumeShare, ceiling, start, end).forEach(f -> {
                    f.setReadOnly(!editable);
                    f.addValueChangeListener(e -> {
                        updateVisibility();
                        onChange.run();
                    });
                });
        // live presence: the field someone else edits is marked with their name, and ours is reported to them
        app.goalpost.workspace.ui.FieldPresence.track(this);
    }

    private void field(Component field, String id, String labelKey) {
        field.setId(id);
        field.getElement().setProperty("label", getTranslation(labelKey));
        add(field);
    }

    private void updateVisibility() {
        dealValue.setVisible(goalKind.getValue() == GoalKind.REVENUE);
        LeverKind lever = leverKind.getValue();
        steps.setVisible(lever != LeverKind.VOLUME);
        weights.setVisible(lever == LeverKind.RATES || lever == LeverKind.MIX);
        volumeShare.setVisible(lever == LeverKind.MIX);
    }

    /** The form as typed; malformed weights are reported next to their field. */
    ScenarioForm form() {
        List<Double> parsedWeights = new ArrayList<>();
        if (weights.isVisible() && !weights.getValue().isBlank()) {
            for (String part : weights.getValue().split("[;,]")) {
                try {
                    parsedWeights.add(Double.valueOf(part.strip()));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("weights", "scenario.error.weights");
                }
            }
        }
        LeverKind lever = leverKind.getValue();
        List<Integer> chosen = lever == LeverKind.VOLUME ? List.of() : steps.getValue().stream().sorted().toList();
        // a number that is not one is refused at its field (InvalidInputException), never guessed at
        BigDecimal amount = goalAmount.getDecimal().orElse(null);
        Optional<BigDecimal> deal = goalKind.getValue() == GoalKind.REVENUE ? dealValue.getDecimal() : Optional.empty();
        double share = lever == LeverKind.MIX ? volumeShare.getDecimal().map(v -> v.doubleValue() / 100).orElse(-1.0)
                : 0;
        return new ScenarioForm(name.getValue(), baselineId.value(), goalKind.getValue(),
                goalStage.getValue() == null ? -1 : goalStage.getValue(), amount, deal,
                lever, chosen, parsedWeights, lever == LeverKind.MIX ? share : 0, ceiling.getValue(), start.getValue(),
                end.getValue());
    }

    /** The form as first shown: what the stored scenario reads as in this editor (the base of a merged save). */
    ScenarioForm loadedForm() {
        return loaded;
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "goalStage", goalStage, "goalAmount", goalAmount, "dealValue", dealValue,
                "steps", steps, "weights", weights, "volumeShare", volumeShare, "period", end);
    }

    boolean hasField(String field) {
        return fields().containsKey(field);
    }

    void showError(InvalidInputException e, Component context) {
        FieldErrors.show(e, fields(), context);
    }

    void clearErrors() {
        FieldErrors.clear(fields());
    }

    private static String trim(double w, Locale locale) {
        return BigDecimal.valueOf(w).stripTrailingZeros().toPlainString();
    }
}
