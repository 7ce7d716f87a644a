package org.rectify.checklist;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.rectify.domain.CalendarDay;

/** Working days: Monday to Friday, except public holidays, plus make-up working days (调休). */
public final class WorkCalendar {

    private final Map<LocalDate, Boolean> exceptions = new HashMap<>();

    public WorkCalendar(Collection<CalendarDay> days) {
        days.forEach(d -> exceptions.put(d.day(), d.workday()));
    }

    public boolean isWorkday(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** Working days strictly after {@code after} and strictly before {@code before}. */
    public int workdaysBetween(LocalDate after, LocalDate before) {
        int count = 0;
        for (LocalDate d = after.plusDays(1); d.isBefore(before); d = d.plusDays(1)) {
            if (isWorkday(d)) {
                count++;
            }
        }
        return count;
    }
}
