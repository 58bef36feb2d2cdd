package app.goalpost.workspace.ui;

import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.workspace.CompanyStage;
import app.goalpost.workspace.Industry;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceForm;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Creates a workspace or edits its settings. Validation messages appear next to the fields. Public for the agency
 * home, which the portfolio feature draws.
 */
public class WorkspaceEditorDialog extends Dialog {

    private static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "SEK", "NOK",
            "DKK", "PLN", "JPY");

    private final Binder<WorkspaceForm> binder = new Binder<>(WorkspaceForm.class);
    private final TextField name = new TextField();

    public static WorkspaceEditorDialog create(WorkspaceService service, LongConsumer onCreated) {
        WorkspaceEditorDialog dialog = new WorkspaceEditorDialog(new WorkspaceForm());
        dialog.setHeaderTitle(dialog.getTranslation("workspace.create.title"));
        dialog.onSave(form -> onCreated.accept(service.create(form)));
        return dialog;
    }

    static WorkspaceEditorDialog edit(WorkspaceService service, WorkspaceDetails details, Runnable onSaved) {
        WorkspaceEditorDialog dialog = new WorkspaceEditorDialog(WorkspaceForm.of(details));
        dialog.setHeaderTitle(dialog.getTranslation("workspace.edit.title"));
        dialog.onSave(form -> {
            service.update(details.workspaceId(), form, details.version());
            onSaved.run();
        });
        return dialog;
    }

    private final WorkspaceForm form;
    private SaveAction action;

    private WorkspaceEditorDialog(WorkspaceForm form) {
        this.form = form;
        setWidth("36rem");
        name.setLabel(getTranslation("workspace.name"));
        name.setId("workspace-name");
        // no maxLength: the browser would cut a pasted name silently; the limit is said at the field instead
        name.setHelperText(getTranslation("workspace.name.help", WorkspaceForm.MAX_NAME));
        Select<Industry> industry = new Select<>();
        industry.setId("workspace-industry");
        industry.setLabel(getTranslation("workspace.industry"));
        industry.setItems(Industry.values());
        industry.setItemLabelGenerator(i -> getTranslation("industry." + i.name()));
        Select<CompanyStage> stage = new Select<>();
        stage.setId("workspace-stage");
        stage.setLabel(getTranslation("workspace.stage"));
        stage.setItems(CompanyStage.values());
        stage.setItemLabelGenerator(s -> getTranslation("stage." + s.name()));
        stage.setHelperText(getTranslation("workspace.stage.help"));
        ComboBox<Currency> currency = new ComboBox<>(getTranslation("workspace.currency"));
        currency.setId("workspace-currency");
        currency.setItems(CURRENCIES.stream().map(Currency::getInstance).toList());
        currency.setItemLabelGenerator(c -> c.getCurrencyCode() + " · " + c.getDisplayName(getLocale()));
        ComboBox<ZoneId> zone = new ComboBox<>(getTranslation("workspace.timeZone"));
        zone.setId("workspace-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc"))
                .sorted(Comparator.naturalOrder()).map(ZoneId::of).toList());
        zone.setItemLabelGenerator(ZoneId::getId);
        Select<Integer> fiscal = new Select<>();
        fiscal.setId("workspace-fiscal");
        fiscal.setLabel(getTranslation("workspace.fiscalStart"));
        fiscal.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        fiscal.setItemLabelGenerator(m -> Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, getLocale()));

        binder.forField(name).asRequired(getTranslation("workspace.validation.name"))
                .withValidator((v, context) -> v.strip().length() <= WorkspaceForm.MAX_NAME
                        ? com.vaadin.flow.data.binder.ValidationResult.ok()
                        : com.vaadin.flow.data.binder.ValidationResult.error(getTranslation(
                                "workspace.validation.nameTooLong", WorkspaceForm.MAX_NAME, v.strip().length())))
                .bind(WorkspaceForm::getName, WorkspaceForm::setName);
        binder.forField(industry).asRequired().bind(WorkspaceForm::getIndustry, WorkspaceForm::setIndustry);
        binder.forField(stage).asRequired().bind(WorkspaceForm::getStage, WorkspaceForm::setStage);
        binder.forField(currency).asRequired(getTranslation("workspace.validation.currency"))
                .bind(WorkspaceForm::getCurrency, WorkspaceForm::setCurrency);
        binder.forField(zone).asRequired(getTranslation("workspace.validation.zone"))
                .bind(WorkspaceForm::getTimeZone, WorkspaceForm::setTimeZone);
        binder.forField(fiscal).asRequired().bind(WorkspaceForm::getFiscalYearStartMonth,
                WorkspaceForm::setFiscalYearStartMonth);
        binder.readBean(form);

        FormLayout layout = new FormLayout(name, industry, stage, currency, zone, fiscal);
        layout.setColspan(name, 2);
        add(layout);
        Button save = new Button(getTranslation("common.save"), e -> save());
        save.setId("save-workspace");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void onSave(SaveAction action) {
        this.action = action;
    }

    private void save() {
        try {
            binder.writeBean(form);
            action.save(form);
            FieldErrors.success(getTranslation("workspace.saved"));
            close();
        } catch (ValidationException e) {
            // The binder already shows each message next to its field; the dialog stays open, input kept.
        } catch (InvalidInputException e) {
            FieldErrors.show(e, java.util.Map.of("name", name), this);
        } catch (WorkspaceService.DuplicateWorkspaceNameException e) {
            name.setErrorMessage(getTranslation("workspace.validation.duplicate"));
            name.setInvalid(true);
        } catch (ObjectOptimisticLockingFailureException e) {
            FieldErrors.conflict(this, "common.concurrentEdit", "workspace-conflict", Optional.empty());
        }
    }

    @FunctionalInterface
    private interface SaveAction {
        void save(WorkspaceForm form);
    }
}
