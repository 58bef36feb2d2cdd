package app.goalpost.funnel.ui;

import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.StageId;
import app.goalpost.funnel.StageInfo;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.workspace.WorkspaceId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The workspace's lifecycle stages: proposes the B2B default when there are none; staff add, rename, reorder and
 * remove stages. Every change is saved at once and the page reloads its data through {@code onChange}.
 */
class StageEditor extends Details {

    private final transient FunnelService funnels;
    private final WorkspaceId workspaceId;
    private final boolean editable;
    private final Runnable onChange;
    private final VerticalLayout body = new VerticalLayout();

    StageEditor(FunnelService funnels, WorkspaceId workspaceId, boolean editable, Runnable onChange) {
        this.funnels = funnels;
        this.workspaceId = workspaceId;
        this.editable = editable;
        this.onChange = onChange;
        setSummaryText(getTranslation("funnel.stages.title"));
        setId("stage-editor");
        body.setPadding(false);
        add(body);
        setWidthFull();
    }

    void show(List<StageInfo> stages) {
        body.removeAll();
        setOpened(stages.isEmpty());
        if (stages.isEmpty()) {
            body.add(new Paragraph(getTranslation("funnel.stages.empty")));
            if (editable) {
                Button useDefault = new Button(getTranslation("funnel.stages.useDefault"), e -> {
                    funnels.useDefaultStages(workspaceId);
                    onChange.run();
                });
                useDefault.setId("use-default-stages");
                useDefault.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                body.add(useDefault, new Paragraph(getTranslation("funnel.stages.defaultHint")));
            }
        }
        Grid<StageInfo> grid = new Grid<>();
        grid.setId("stages-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(StageInfo::name).setHeader(getTranslation("funnel.stage.name"));
        grid.addColumn(s -> s.benchmarkKey().orElse("")).setHeader(getTranslation("funnel.stage.key"));
        if (editable) {
            grid.addComponentColumn(s -> actions(s, stages)).setAutoWidth(true).setFlexGrow(0).setKey("actions");
        }
        grid.setItems(stages);
        grid.setVisible(!stages.isEmpty());
        body.add(grid);
        if (editable) {
            body.add(addForm());
        }
    }

    private HorizontalLayout actions(StageInfo stage, List<StageInfo> all) {
        Button up = icon(VaadinIcon.ARROW_UP, "funnel.stage.moveUp", () -> funnels.moveStage(workspaceId,
                new StageId(stage.id()), -1));
        up.setEnabled(all.indexOf(stage) > 0);
        up.setId("move-up-" + all.indexOf(stage));
        Button down = icon(VaadinIcon.ARROW_DOWN, "funnel.stage.moveDown",
                () -> funnels.moveStage(workspaceId, new StageId(stage.id()), 1));
        down.setEnabled(all.indexOf(stage) < all.size() - 1);
        down.setId("move-down-" + all.indexOf(stage));
        Button rename = new Button(new com.vaadin.flow.component.icon.Icon(VaadinIcon.EDIT), e -> rename(stage));
        rename.getElement().setAttribute("aria-label", getTranslation("funnel.stage.rename"));
        rename.setId("rename-stage-" + all.indexOf(stage));
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button remove = new Button(new com.vaadin.flow.component.icon.Icon(VaadinIcon.TRASH), e -> confirmRemove(stage));
        remove.getElement().setAttribute("aria-label", getTranslation("funnel.stage.remove"));
        remove.setId("remove-stage-" + all.indexOf(stage));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(up, down, rename, remove);
    }

    private Button icon(VaadinIcon icon, String labelKey, Runnable action) {
        Button b = new Button(new com.vaadin.flow.component.icon.Icon(icon), e -> {
            action.run();
            onChange.run();
        });
        b.getElement().setAttribute("aria-label", getTranslation(labelKey));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return b;
    }

    private HorizontalLayout addForm() {
        TextField name = new TextField(getTranslation("funnel.stage.name"));
        name.setId("new-stage-name");
        TextField key = new TextField(getTranslation("funnel.stage.key"));
        key.setId("new-stage-key");
        key.setHelperText(getTranslation("funnel.stage.key.help"));
        Button add = new Button(getTranslation("funnel.stages.add"), e -> {
            try {
                FieldErrors.clear(Map.of("stageName", name, "stageKey", key));
                funnels.addStage(workspaceId, name.getValue(), key.getValue());
                onChange.run();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("stageName", name, "stageKey", key), this);
            }
        });
        add.setId("add-stage");
        HorizontalLayout row = new HorizontalLayout(name, key, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void rename(StageInfo stage) {
        Dialog dialog = new Dialog(getTranslation("funnel.stage.rename"));
        TextField name = new TextField(getTranslation("funnel.stage.name"), stage.name(), "");
        name.setId("rename-stage-name");
        TextField key = new TextField(getTranslation("funnel.stage.key"), stage.benchmarkKey().orElse(""), "");
        key.setId("rename-stage-key");
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                funnels.renameStage(workspaceId, new StageId(stage.id()), name.getValue(), key.getValue(),
                        stage.version());
                dialog.close();
                onChange.run();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("stageName", name, "stageKey", key), this);
            } catch (ObjectOptimisticLockingFailureException ex) {
                FieldErrors.conflict(this, "common.concurrentEdit", "stage-conflict", Optional.empty());
            }
        });
        save.setId("save-stage");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, key));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void confirmRemove(StageInfo stage) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("funnel.stage.remove.title", stage.name()),
                getTranslation("funnel.stage.remove.text"), getTranslation("funnel.stage.remove"), e -> {
                    funnels.removeStage(workspaceId, new StageId(stage.id()));
                    onChange.run();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
