package app.goalpost.kpi.ui;

import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.KpiSummary;
import app.goalpost.planning.pacing.Kpi;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.DecimalField;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.workspace.WorkspaceId;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Creates or edits a KPI definition; the service validates, and its refusals appear next to the field. */
class KpiEditorDialog extends Dialog {

    private final TextField name = new TextField();
    private final Select<Kpi.Unit> unit = new Select<>();
    private final Select<Kpi.Direction> direction = new Select<>();
    private final Select<Kpi.Aggregation> aggregation = new Select<>();
    private final DecimalField target = new DecimalField().fieldKey("target").required(true)
            .minimum(BigDecimal.ZERO, false).maximum(new BigDecimal("999999999999.9999")).decimals(4);
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    /** In percent on screen (5 = 5 %), a fraction in the service. */
    private final DecimalField tolerance = new DecimalField().fieldKey("tolerance").required(true)
            .minimum(BigDecimal.ZERO, true).maximum(new BigDecimal("50")).decimals(2);
    private final TextField stageKey = new TextField();
    /** Why the target, period or tolerance changes: kept in the KPI's history (editing only). */
    private final TextArea reason = new TextArea();

    KpiEditorDialog(KpiService kpis, WorkspaceId workspaceId, Optional<KpiSummary> existing, LocalDate today,
            LongConsumer onSaved) {
        setHeaderTitle(getTranslation(existing.isPresent() ? "kpi.editor.edit" : "kpi.editor.new"));
        setWidth("min(40rem, 95vw)");
        field(name, "name", "kpi.field.name");
        field(unit, "unit", "kpi.field.unit");
        unit.setItems(Kpi.Unit.values());
        unit.setItemLabelGenerator(u -> getTranslation("kpi.unit." + u.name()));
        field(direction, "direction", "kpi.field.direction");
        direction.setItems(Kpi.Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation("kpi.direction." + d.name()));
        field(aggregation, "aggregation", "kpi.field.aggregation");
        aggregation.setItems(Kpi.Aggregation.values());
        aggregation.setItemLabelGenerator(a -> getTranslation("kpi.aggregation." + a.name()));
        field(target, "target", "kpi.field.target");
        field(start, "periodStart", "kpi.field.periodStart");
        field(end, "periodEnd", "kpi.field.periodEnd");
        field(tolerance, "tolerance", "kpi.field.tolerance");
        tolerance.setHelperText(getTranslation("kpi.field.tolerance.help"));
        field(stageKey, "stageKey", "kpi.field.stageKey");
        stageKey.setHelperText(getTranslation("kpi.field.stageKey.help"));
        start.setLocale(getLocale());
        end.setLocale(getLocale());

        KpiInput initial = existing.map(KpiSummary::toInput).orElseGet(() -> {
            LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
            return KpiInput.count("", 100, quarterStart, quarterStart.plusMonths(3).minusDays(1));
        });
        name.setValue(initial.name());
        unit.setValue(initial.unit());
        direction.setValue(initial.direction());
        aggregation.setValue(initial.aggregation());
        target.subject(getTranslation("kpi.field.target"));
        target.setDecimal(existing.isPresent() ? initial.target() : null);
        start.setValue(initial.periodStart());
        end.setValue(initial.periodEnd());
        tolerance.subject(getTranslation("kpi.field.tolerance"));
        tolerance.setDecimal(initial.tolerance().movePointRight(2).stripTrailingZeros());
        stageKey.setValue(initial.stageKey().orElse(""));

        // say how the chosen unit, direction and aggregation will be judged, so a budget is not set up as a goal
        Runnable kind = () -> direction.setHelperText(unit.getValue() == null || direction.getValue() == null
                || aggregation.getValue() == null ? null : getTranslation("kpi.kind.help."
                        + app.goalpost.kpi.KpiKind.of(unit.getValue(), direction.getValue(), aggregation.getValue())));
        unit.addValueChangeListener(e -> kind.run());
        direction.addValueChangeListener(e -> kind.run());
        aggregation.addValueChangeListener(e -> kind.run());
        kind.run();

        FormLayout form = new FormLayout(name, unit, direction, aggregation, target, tolerance, start, end, stageKey);
        form.setColspan(name, 2);
        if (existing.isPresent()) {
            field(reason, "reason", "history.reason.field");
            reason.setHelperText(getTranslation("history.reason.help"));
            reason.setMaxLength(app.goalpost.history.RevisionLog.MAX_REASON);
            form.add(reason);
            form.setColspan(reason, 2);
        }
        add(form);
        Map<String, HasValidation> fields = Map.of("name", name, "unit", unit, "direction", direction,
                "aggregation", aggregation, "target", target, "periodStart", start, "periodEnd", end,
                "tolerance", tolerance, "stageKey", stageKey, "reason", reason);
        Button save = new Button(getTranslation("common.save"), e -> {
            FieldErrors.clear(fields);
            try {
                KpiInput input = new KpiInput(name.getValue(), unit.getValue(), direction.getValue(),
                        aggregation.getValue(), target.getDecimal().orElse(null), start.getValue(), end.getValue(),
                        tolerance.getDecimal().map(t -> t.movePointLeft(2)).orElse(null),
                        Optional.of(stageKey.getValue()));
                long id;
                if (existing.isPresent()) {
                    id = existing.get().id();
                    kpis.update(workspaceId, new KpiId(id), input, existing.get().version(), reason.getValue());
                } else {
                    id = kpis.create(workspaceId, input);
                }
                close();
                onSaved.accept(id);
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, fields, this);
            } catch (ObjectOptimisticLockingFailureException ex) {
                FieldErrors.conflict(this, "common.concurrentEdit", "kpi-conflict", Optional.empty());
            }
        });
        save.setId("kpi-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void field(com.vaadin.flow.component.HasLabel field, String id, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        ((com.vaadin.flow.component.Component) field).setId("kpi-" + id);
    }
}
