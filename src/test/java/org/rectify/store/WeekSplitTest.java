package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rectify.domain.DateRange;

/** Ranges cut into whole ISO weeks and the days around them (2014-05-12 is a Monday). */
class WeekSplitTest {

    private static DateRange range(String start, String end) {
        return new DateRange(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void anIsoWeekIsOneWholeWeekAndNoDay() {
        WeekSplit split = WeekSplit.of(range("2014-05-12", "2014-05-19"));
        assertEquals(range("2014-05-12", "2014-05-19"), split.weeks());
        assertEquals(List.of(), split.days());
    }

    @Test
    void aMonthIsItsWholeWeeksAndTheDaysBeforeAndAfter() {
        WeekSplit split = WeekSplit.of(range("2014-05-01", "2014-06-01"));
        assertEquals(range("2014-05-05", "2014-05-26"), split.weeks(), "three whole weeks, Monday to Monday");
        assertEquals(List.of(range("2014-05-01", "2014-05-05"), range("2014-05-26", "2014-06-01")), split.days());
    }

    @Test
    void sixDaysOrSevenAcrossAWeekEndHaveNoWholeWeek() {
        assertNull(WeekSplit.of(range("2014-05-13", "2014-05-19")).weeks());
        WeekSplit acrossSunday = WeekSplit.of(range("2014-05-14", "2014-05-21"));
        assertNull(acrossSunday.weeks());
        assertEquals(List.of(range("2014-05-14", "2014-05-21")), acrossSunday.days());
        assertEquals(List.of(range("2014-05-14", "2014-05-14")), WeekSplit.of(range("2014-05-14", "2014-05-14")).days());
    }

    @Test
    void aWeekEndingOnTheRangesEndLeavesOnlyTheDaysBefore() {
        WeekSplit split = WeekSplit.of(range("2014-05-10", "2014-05-26"));
        assertEquals(range("2014-05-12", "2014-05-26"), split.weeks());
        assertEquals(List.of(range("2014-05-10", "2014-05-12")), split.days());
    }
}
