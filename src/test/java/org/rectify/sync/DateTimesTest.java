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
    void readsTheYearFirstFormsOfOtherExports() {
        LocalDateTime expected = LocalDateTime.of(2014, 5, 3, 9, 5, 0);
        for (String text : java.util.List.of("2014年5月3日 09:05:00", "2014年05月03日 9:05", "2014年5月3日9:05",
                "2014.05.03 09:05:00", "2014.5.3 9:05", "2014-05-03T09:05:00", "2014-05-03T09:05",
                "2014-05-03 09:05:00.000", "2014/5/3 9:05:00.0",
                "2014-05-03T09:05:00.000000")) {
            assertEquals(expected, DateTimes.parse(text), text);
        }
        LocalDateTime midnight = LocalDateTime.of(2014, 5, 3, 0, 0);
        for (String text : java.util.List.of("2014年5月3日", "2014.05.03")) {
            assertEquals(midnight, DateTimes.parse(text), text);
        }
    }

    /** Chinese systems and Excel write twelve-hour times with 上午/下午 or AM/PM, before or after the time. */
    @Test
    void readsTwelveHourTimesWithTheirHalfOfTheDay() {
        LocalDateTime afternoon = LocalDateTime.of(2014, 5, 3, 15, 5, 0);
        for (String text : java.util.List.of("2014/5/3 下午 3:05", "2014-05-03 下午03:05:00", "2014年5月3日 下午3:05",
                "2014年5月3日下午3:05:00", "2014/5/3 3:05:00 PM", "2014-05-03 03:05 pm", "2014/5/3  3:05  下午")) {
            assertEquals(afternoon, DateTimes.parse(text), text);
        }
        assertEquals(LocalDateTime.of(2014, 5, 3, 9, 5), DateTimes.parse("2014/5/3 上午 9:05"));
        assertEquals(LocalDateTime.of(2014, 5, 3, 9, 5), DateTimes.parse("2014-05-03 09:05:00 AM"));
        // twelve o'clock: 上午 12:30 is half past midnight, 下午 12:30 half past noon
        assertEquals(LocalDateTime.of(2014, 5, 3, 0, 30), DateTimes.parse("2014/5/3 上午 12:30"));
        assertEquals(LocalDateTime.of(2014, 5, 3, 0, 30), DateTimes.parse("2014/5/3 上午 0:30"));
        assertEquals(LocalDateTime.of(2014, 5, 3, 12, 30), DateTimes.parse("2014/5/3 下午 12:30"));
        assertEquals(LocalDateTime.of(2014, 5, 3, 23, 59, 59), DateTimes.parse("2014-05-03 下午11:59:59"));
    }

    @Test
    void refusesAHalfOfTheDayThatContradictsOrLacksItsTime() {
        assertNull(DateTimes.parse("2014/5/3 下午 15:05")); // afternoon and 15 o'clock: which one is wrong?
        assertNull(DateTimes.parse("2014/5/3 下午 0:05"));
        assertNull(DateTimes.parse("2014/5/3 下午")); // no time to place
        assertNull(DateTimes.parse("2014/5/3 上午 9:05 PM")); // two halves
        assertNull(DateTimes.parse("03/05/2014 3:05 PM")); // day or month first: still a profile's to say
    }

    /** A fraction of a second that is not zero would be cut by a store of whole seconds: refused, not rounded. */
    @Test
    void refusesAFractionOfASecondThatIsNotZero() {
        assertNull(DateTimes.parse("2014-05-03 09:05:00.123"));
        assertNull(DateTimes.parse("2014-05-03 09:05:00.5"));
    }

    @Test
    void refusesImpossibleOrForeignTexts() {
        assertNull(DateTimes.parse("2014-02-30 10:00:00"));
        assertNull(DateTimes.parse("2014-05-03 25:00:00"));
        assertNull(DateTimes.parse("03.05.2014"));
        assertNull(DateTimes.parse("03/05/2014 09:05")); // day or month first: a profile's dateFormats says which
        assertNull(DateTimes.parse("2014年2月30日"));
        // digits alone are left to a profile: ticket numbers that begin with their day would pass for times
        assertNull(DateTimes.parse("20140403000852"));
        assertNull(DateTimes.parse("20140503"));
        assertNull(DateTimes.parse("2014-05-03 09:05:00 +08:00"));
        assertNull(DateTimes.parse("41762.38")); // an Excel serial written as text is no date here
        assertNull(DateTimes.parse("2014-05-03 09:05:00:00"));
        assertNull(DateTimes.parse(""));
        assertNull(DateTimes.parse(null));
    }
}
