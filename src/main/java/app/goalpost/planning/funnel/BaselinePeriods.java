package app.goalpost.planning.funnel;

import app.goalpost.planning.DateRange;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Date ranges for the own-data baseline methods. The app sums its stored stage volumes over the returned range;
 * the engine only decides which days belong to the baseline so every screen agrees.
 */
public final class BaselinePeriods {

    public enum PeriodType { MONTH, QUARTER }

    private BaselinePeriods() {
    }

    /** The calendar month or quarter containing {@code date}. */
    public static DateRange periodContaining(PeriodType type, LocalDate date) {
        return switch (type) {
            case MONTH -> new DateRange(date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth()));
            case QUARTER -> {
                LocalDate start = date.with(IsoFields.DAY_OF_QUARTER, 1);
                LocalDate end = start.plusMonths(3).minusDays(1);
                yield new DateRange(start, end);
            }
        };
    }

    /**
     * (a) Own previous period: the last complete calendar month/quarter before the one containing the reference
     * date. Complete periods only, so a baseline is never a partial month.
     */
    public static DateRange previousPeriod(PeriodType type, LocalDate reference) {
        LocalDate inPrevious = switch (type) {
            case MONTH -> reference.withDayOfMonth(1).minusDays(1);
            case QUARTER -> reference.with(IsoFields.DAY_OF_QUARTER, 1).minusDays(1);
        };
        return periodContaining(type, inPrevious);
    }

    /**
     * (b) Same period last year, for seasonality: the planned period shifted back one year (month ends stay
     * month ends, see {@link DateRange#minusYears(int)}).
     */
    public static DateRange samePeriodLastYear(DateRange planned) {
        return planned.minusYears(1);
    }

    /** Same period last year for the calendar month/quarter containing the reference date. */
    public static DateRange samePeriodLastYear(PeriodType type, LocalDate reference) {
        return samePeriodLastYear(periodContaining(type, reference));
    }
}
