package org.rectify.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The standard form read without a formatter (its dates and times made once each) against java.time itself. */
class DateTimesPropertiesTest {

    @Property(tries = 3000)
    void theStandardFormReadsAsJavaTimeDoesAndRefusesWhatItRefuses(
            @ForAll @IntRange(min = 1900, max = 2100) int year, @ForAll @IntRange(min = 0, max = 13) int month,
            @ForAll @IntRange(min = 0, max = 32) int day, @ForAll @IntRange(min = 0, max = 24) int hour,
            @ForAll @IntRange(min = 0, max = 60) int minute, @ForAll @IntRange(min = 0, max = 60) int second) {
        String text = String.format("%04d-%02d-%02d %02d:%02d:%02d", year, month, day, hour, minute, second);
        LocalDateTime expected;
        try {
            expected = LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            expected = null;
        }
        assertEquals(expected, DateTimes.parse(text), text);
        assertEquals(expected, DateTimes.parse(text), text + ", read again");
    }
}
