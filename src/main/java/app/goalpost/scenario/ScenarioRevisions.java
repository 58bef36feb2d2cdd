package app.goalpost.scenario;

import app.goalpost.history.RevisionField;
import app.goalpost.history.RevisionLog;
import app.goalpost.history.RevisionSubject;
import app.goalpost.scenario.internal.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What of a scenario the revision history keeps: its goal (kind, stage, amount, deal value) and its period. The
 * goal is stored as {@code KIND|stage|amount|dealValue} (read back by {@link ScenarioGoalText}) so the page words it in the
 * reader's language.
 */
final class ScenarioRevisions {

    private ScenarioRevisions() {
    }

    static List<RevisionLog.Change> changes(Scenario stored, ScenarioForm form) {
        List<RevisionLog.Change> out = new ArrayList<>();
        String before = goal(stored.getGoalKind(), stored.getGoalStage(), stored.getGoalAmount(),
                stored.getDealValue());
        String after = goal(form.goalKind(), form.goalStage(), form.goalAmount(), form.dealValue().orElse(null));
        if (!before.equals(after)) {
            out.add(RevisionLog.Change.text(RevisionSubject.SCENARIO, stored.getId(), RevisionField.GOAL, before,
                    after));
        }
        if (!stored.getPeriodStart().equals(form.periodStart()) || !stored.getPeriodEnd().equals(form.periodEnd())) {
            out.add(RevisionLog.Change.text(RevisionSubject.SCENARIO, stored.getId(), RevisionField.PERIOD,
                    stored.getPeriodStart() + "/" + stored.getPeriodEnd(), form.periodStart() + "/" + form.periodEnd()));
        }
        return out;
    }

    static String goal(GoalKind kind, int stage, BigDecimal amount, BigDecimal deal) {
        return kind.name() + "|" + stage + "|" + plain(amount) + "|" + (deal == null ? "" : plain(deal));
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
