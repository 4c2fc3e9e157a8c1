package org.sightline.analysis.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Size of a timeline bucket. Weeks are ISO weeks (Monday to Sunday, labelled by ISO week-based year).
 *
 * @since 0.1.0
 */
public enum Granularity {
    DAY, WEEK, MONTH;

    /** First day of the bucket holding {@code date}. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /** First day of the bucket after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** Label of the bucket starting on {@code start}: {@code 2026-11-26}, {@code 2026-W48} or {@code 2026-11}. */
    public String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> start.toString().substring(0, 7);
        };
    }
}
