package org.rectify.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DateTimesTest {

    @Test
    void readsTheFormsOfTheStandardLayout() {
        LocalDateTime expected = LocalDateTime.of(2014, 5, 3, 8, 5, 0);
        assertEquals(expected, DateTimes.parse("2014-05-03 08:05:00"));
        assertEquals(expected, DateTimes.parse("2014/5/3 8:05"));
        assertEquals(expected, DateTimes.parse(" 2014-5-3 8:05 "));
        assertEquals(LocalDateTime.of(2014, 5, 3, 0, 0), DateTimes.parse("2014-05-03"));
        assertEquals(LocalDateTime.of(2014, 5, 3, 0, 0), DateTimes.parse("2014/5/3"));
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
