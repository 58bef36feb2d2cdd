package app.goalpost.review.ui;

import app.goalpost.review.DetectionSettings;
import app.goalpost.review.DetectionThresholds;
import app.goalpost.review.TriggerDetectionService;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.DecimalField;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspacePermission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The thresholds of the data-detected triggers on the review page: a sentence for everyone, the form for agency
 * staff (EDIT_BASELINE, like the review policy). A value out of range is refused at its field; a saved change is
 * evaluated at once, so a lowered threshold shows its trigger without waiting for the hourly run.
 */
class DetectionThresholdsForm extends Div {

    private final transient TriggerDetectionService detection;
    private final WorkspaceDetails workspace;
    private final Runnable saved;

    DetectionThresholdsForm(TriggerDetectionService detection, WorkspaceDetails workspace, Runnable saved) {
        this.detection = detection;
        this.workspace = workspace;
        this.saved = saved;
        setId("review-detection");
        DetectionSettings settings = detection.settings(workspace.workspaceId());
        DetectionThresholds t = settings.thresholds();
        add(new H3(getTranslation("review.detection.title")));
        Paragraph text = new Paragraph(getTranslation("review.detection.text", t.cpaOverPercent(), t.cpaDays(),
                t.behindDays()));
        text.setId("review-thresholds");
        add(text);
        if (workspace.can(WorkspacePermission.EDIT_BASELINE)) {
            addForm(settings);
        }
    }

    private void addForm(DetectionSettings settings) {
        DetectionThresholds t = settings.thresholds();
        DecimalField percent = field("review-threshold-cpa-percent", "review.detection.cpaPercent",
                "cpaOverPercent", DetectionThresholds.MIN_PERCENT, DetectionThresholds.MAX_PERCENT,
                t.cpaOverPercent());
        DecimalField cpaDays = field("review-threshold-cpa-days", "review.detection.cpaDays", "cpaDays",
                DetectionThresholds.MIN_DAYS, DetectionThresholds.MAX_DAYS, t.cpaDays());
        DecimalField behindDays = field("review-threshold-behind-days", "review.detection.behindDays", "behindDays",
                DetectionThresholds.MIN_DAYS, DetectionThresholds.MAX_DAYS, t.behindDays());
        Map<String, DecimalField> fields = Map.of("cpaOverPercent", percent, "cpaDays", cpaDays,
                "behindDays", behindDays);
        Button save = new Button(getTranslation("common.save"), e -> {
            FieldErrors.clear(fields);
            try {
                // every field is read before anything is sent, so each bad one shows its own message
                Optional<Integer> p = read(percent, fields);
                Optional<Integer> c = read(cpaDays, fields);
                Optional<Integer> b = read(behindDays, fields);
                if (p.isEmpty() || c.isEmpty() || b.isEmpty()) {
                    return;
                }
                detection.updateThresholds(workspace.workspaceId(), new DetectionThresholds(p.get(), c.get(),
                        b.get()), settings.version());
                detection.evaluate(workspace.workspaceId());
                FieldErrors.success(getTranslation("review.detection.saved"));
                saved.run();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, fields, this);
            } catch (ObjectOptimisticLockingFailureException ex) {
                FieldErrors.conflict(this, "common.concurrentEdit", "review-thresholds-conflict",
                        Optional.of(saved));
            }
        });
        save.setId("review-thresholds-save");
        HorizontalLayout row = new HorizontalLayout(percent, cpaDays, behindDays, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row);
    }

    private Optional<Integer> read(DecimalField field, Map<String, DecimalField> fields) {
        try {
            return Optional.of(field.getDecimal().orElseThrow().intValueExact());
        } catch (InvalidInputException ex) {
            FieldErrors.show(ex, fields, this);
            return Optional.empty();
        }
    }

    private DecimalField field(String id, String labelKey, String key, int min, int max, int value) {
        DecimalField f = new DecimalField(getTranslation(labelKey));
        f.setId(id);
        f.fieldKey(key).required(true).decimals(0).minimum(BigDecimal.valueOf(min), true)
                .maximum(BigDecimal.valueOf(max));
        f.setDecimal(BigDecimal.valueOf(value));
        f.setWidth(key.equals("cpaOverPercent") ? "19em" : "14em"); // the percent label must not be cut
        return f;
    }
}
