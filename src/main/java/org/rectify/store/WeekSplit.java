package org.rectify.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.rectify.domain.DateRange;

/**
 * A date range cut into the whole ISO weeks inside it (Monday to Sunday) and the days before and after
 * them: the weeks are read from a weekly roll-up, the days from the tickets' time index.
 *
 * @param weeks the whole weeks, from a Monday to a Monday; null when the range holds no whole week
 * @param days  the rest of the range: none, one or two runs of days (all of it when there is no whole week)
 */
record WeekSplit(DateRange weeks, List<DateRange> days) {

    static WeekSplit of(DateRange range) {
        LocalDate firstMonday = range.start().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate endMonday = range.end().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (!firstMonday.isBefore(endMonday)) {
            return new WeekSplit(null, List.of(range));
        }
        List<DateRange> days = new ArrayList<>(2);
        if (range.start().isBefore(firstMonday)) {
            days.add(new DateRange(range.start(), firstMonday));
        }
        if (endMonday.isBefore(range.end())) {
            days.add(new DateRange(endMonday, range.end()));
        }
        return new WeekSplit(new DateRange(firstMonday, endMonday), List.copyOf(days));
    }
}
