package org.rectify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Epoch days and seconds from tables are java.time's own, in the tables' years and outside them. */
class EpochDaysTest {

    @Test
    void everyDayOfTheTablesYearsAndAroundThemIsJavaTimesEpochDay() {
        for (LocalDate d = LocalDate.of(1890, 1, 1); d.isBefore(LocalDate.of(2210, 1, 1)); d = d.plusDays(1)) {
            assertEquals(d.toEpochDay(), EpochDays.of(d), d::toString);
        }
    }

    @Test
    void everyDaysMondayIsTheMondayOfItsIsoWeek() {
        for (LocalDate d = LocalDate.of(1960, 1, 1); d.isBefore(LocalDate.of(2100, 1, 1)); d = d.plusDays(1)) {
            LocalDate monday = d.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            assertEquals(monday.toEpochDay(), EpochDays.mondayOf((int) d.toEpochDay()), d::toString);
        }
    }

    @Property(tries = 2000)
    void anyTimeHasJavaTimesEpochSecond(@ForAll @LongRange(min = -400_000_000_000L, max = 400_000_000_000L) long seconds,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(seconds, (int) nanos, ZoneOffset.UTC);
        assertEquals(time.toEpochSecond(ZoneOffset.UTC), EpochDays.secondOf(time), time::toString);
        assertEquals(time.toLocalDate().toEpochDay(), EpochDays.of(time.toLocalDate()), time::toString);
    }
}
