package app.goalpost.kpi;

import app.goalpost.demo.DemoDataSeeded;
import app.goalpost.planning.pacing.Kpi;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo KPIs for the three demo workspaces (current quarter, daily actuals up to today), created through the
 * services while the demo owner is signed in. Each workspace mixes KPIs ahead, on track and behind; the
 * established "keller" workspace also has last year's actuals, so its charts show a seasonal expected curve.
 */
@Component
class DemoKpis {

    /** name, unit, direction, aggregation, target, daily pace as a share of the target's straight line. */
    private record Spec(String name, Kpi.Unit unit, Kpi.Direction direction, Kpi.Aggregation aggregation,
            double target, double pace, String stage) {
    }

    private final KpiService kpis;
    private final ActualsService actuals;
    private final PacingService pacing;

    DemoKpis(KpiService kpis, ActualsService actuals, PacingService pacing) {
        this.kpis = kpis;
        this.actuals = actuals;
        this.pacing = pacing;
    }

    @EventListener
    void seed(DemoDataSeeded seeded) {
        seeded.workspaceIds().forEach((key, workspaceId) -> {
            double scale = switch (key) {
                case "lumen" -> 0.5;
                case "harbor" -> 0.8;
                default -> 1.5;
            };
            seed(workspaceId, scale, "keller".equals(key), key.hashCode());
        });
    }

    private void seed(long workspaceId, double scale, boolean lastYear, long seed) {
        LocalDate today = pacing.today(workspaceId);
        LocalDate start = today.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate end = start.plusMonths(3).minusDays(1);
        List<Spec> specs = List.of(
                count("Website visitors", 20000 * scale, 1.02, "visitor"),
                count("Leads", 600 * scale, 0.86, "lead"),
                count("Marketing-qualified leads (MQL)", 150 * scale, 1.0, "mql"),
                count("Sales-qualified leads (SQL)", 90 * scale, 1.12, "sql"),
                count("Opportunities", 45 * scale, 0.97, "opportunity"),
                count("Closed deals", Math.max(6, Math.round(18 * scale)), 0.78, "customer"),
                count("Demo requests", 120 * scale, 1.07, null),
                new Spec("Media spend", Kpi.Unit.MONEY, Kpi.Direction.HIGHER_IS_BETTER, Kpi.Aggregation.CUMULATIVE,
                        30000 * scale, 0.99, null),
                new Spec("Cost per lead (CPA)", Kpi.Unit.MONEY, Kpi.Direction.LOWER_IS_BETTER, Kpi.Aggregation.LEVEL,
                        50, 1.09, "lead"),
                new Spec("Visitor → lead conversion rate", Kpi.Unit.PERCENT, Kpi.Direction.HIGHER_IS_BETTER,
                        Kpi.Aggregation.LEVEL, 3.45, 0.91, "lead"));
        Random random = new Random(seed);
        List<RawRow> rows = new ArrayList<>();
        int line = 1;
        for (Spec spec : specs) {
            KpiInput input = new KpiInput(spec.name(), spec.unit(), spec.direction(), spec.aggregation(),
                    BigDecimal.valueOf(spec.target()).setScale(spec.unit() == Kpi.Unit.COUNT ? 0 : 2,
                            RoundingMode.HALF_UP), start, end, KpiInput.DEFAULT_TOLERANCE,
                    Optional.ofNullable(spec.stage()));
            kpis.create(workspaceId, input);
            int days = (int) (end.toEpochDay() - start.toEpochDay() + 1);
            for (LocalDate d = start; !d.isAfter(today) && !d.isAfter(end); d = d.plusDays(1)) {
                rows.add(row(line++, d, spec, value(spec, days, d, random), random));
            }
            if (lastYear && spec.aggregation() == Kpi.Aggregation.CUMULATIVE) {
                for (LocalDate d = start.minusYears(1); !d.isAfter(end.minusYears(1)); d = d.plusDays(1)) {
                    rows.add(row(line++, d, spec, seasonal(spec, days, d, random), random));
                }
            }
        }
        actuals.importRows(workspaceId, rows, Optional.empty());
    }

    private static Spec count(String name, double target, double pace, String stage) {
        return new Spec(name, Kpi.Unit.COUNT, Kpi.Direction.HIGHER_IS_BETTER, Kpi.Aggregation.CUMULATIVE,
                Math.round(target), pace, stage);
    }

    /** This period: the straight-line daily share times the KPI's pace, with weekday noise. */
    private static double value(Spec spec, int days, LocalDate d, Random random) {
        double noise = 0.7 + random.nextDouble() * 0.6;
        if (spec.aggregation() == Kpi.Aggregation.LEVEL) {
            return spec.target() * spec.pace() * (0.95 + random.nextDouble() * 0.1);
        }
        double weekday = d.getDayOfWeek().getValue() >= 6 ? 0.4 : 1.15;
        return spec.target() / days * spec.pace() * noise * weekday;
    }

    /** Last year: a slow first month and a strong last one, the shape an established B2B company often has. */
    private static double seasonal(Spec spec, int days, LocalDate d, Random random) {
        double month = switch ((d.getMonthValue() - 1) % 3) {
            case 0 -> 0.7;
            case 1 -> 1.0;
            default -> 1.3;
        };
        return spec.target() / days * 0.95 * month * (0.8 + random.nextDouble() * 0.4);
    }

    /** Counts are whole: round at random in proportion to the fraction, so 0.3 deals a day still add up. */
    private static RawRow row(int line, LocalDate d, Spec spec, double value, Random random) {
        String text = spec.unit() == Kpi.Unit.COUNT && spec.aggregation() == Kpi.Aggregation.CUMULATIVE
                ? String.valueOf((long) Math.floor(value) + (random.nextDouble() < value - Math.floor(value) ? 1 : 0))
                : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
        return new RawRow(line, d.toString(), spec.name(), text);
    }
}
