package org.rectify.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class DateTimesTest {

    private static final DateTimeFormatter STANDARD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Test
    void readsTheFormsOfTheStandardLayout() {
        LocalDateTime expected = LocalDateTime.of(2014, 5, 3, 8, 5, 0);
        assertEquals(expected, DateTimes.parse("2014-05-03 08:05:00"));
        assertEquals(expected, DateTimes.parse("2014/5/3 8:05"));
        assertEquals(expected, DateTimes.parse(" 2014-5-3 8:05 "));
        assertEquals(LocalDateTime.of(2014, 5, 3, 0, 0), DateTimes.parse("2014-05-03"));
        assertEquals(LocalDateTime.of(2014, 5, 3, 0, 0), DateTimes.parse("2014/5/3"));
    }

    /** The dates and times read are made once each and kept: no two days or seconds may share a place. */
    @Test
    void everyDayOfTheCachedYearsAndEverySecondOfADayReadsAsItself() {
        for (LocalDate day = LocalDate.of(1989, 12, 1); day.isBefore(LocalDate.of(2071, 2, 1)); day = day.plusDays(1)) {
            LocalDateTime noon = day.atTime(12, 0, 0);
            assertEquals(noon, DateTimes.parse(noon.format(STANDARD)));
            assertEquals(noon, DateTimes.parse(noon.format(STANDARD)), "read again");
        }
        for (int second = 0; second < 24 * 3600; second++) {
            LocalDateTime time = LocalDate.of(2014, 5, 3).atTime(LocalTime.ofSecondOfDay(second));
            assertEquals(time, DateTimes.parse(time.format(STANDARD)));
        }
    }

    @Test
    void refusesImpossibleOrForeignTexts() {
        assertNull(DateTimes.parse("2014-02-30 10:00:00"));
        assertNull(DateTimes.parse("2014-05-03 25:00:00"));
        assertNull(DateTimes.parse("03.05.2014"));
        assertNull(DateTimes.parse(""));
        assertNull(DateTimes.parse(null));
    }
}
