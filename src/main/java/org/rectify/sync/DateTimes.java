package org.rectify.sync;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Reads the date-time texts exports carry: {@code yyyy-MM-dd HH:mm:ss}, {@code yyyy/M/d H:mm},
 * with or without seconds, or a date alone (midnight).
 */
public final class DateTimes {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            strict("uuuu-MM-dd HH:mm:ss"), strict("uuuu-M-d H:mm:ss"), strict("uuuu-M-d H:mm"),
            strict("uuuu/M/d H:mm:ss"), strict("uuuu/M/d H:mm"), strict("uuuu-MM-dd'T'HH:mm:ss"));
    private static final List<DateTimeFormatter> DATES = List.of(strict("uuuu-M-d"), strict("uuuu/M/d"));
    private static final int FIRST_CACHED_YEAR = 1990;
    private static final int CACHED_YEARS = 80;
    private static final LocalDate[] DATES_MADE = new LocalDate[CACHED_YEARS * 372];
    private static final LocalTime[] TIMES_MADE = new LocalTime[24 * 3600];

    private DateTimes() {
    }

    /** The time, or null when the text is none of the known forms. */
    public static LocalDateTime parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        LocalDateTime standard = parseStandard(s);
        if (standard != null) {
            return standard;
        }
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return LocalDateTime.parse(s, f);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(s, f).atStartOfDay();
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return null;
    }

    /** The standard layout's form without a formatter: imports parse millions of these. */
    private static LocalDateTime parseStandard(String s) {
        if (s.length() != 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != ' '
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        LocalDate date = date(year, month, day);
        return date == null ? null : LocalDateTime.of(date, time(hour * 3600 + minute * 60 + second));
    }

    /**
     * The date, made once per day for the years exports cover: a million tickets fall on a few hundred
     * days, and a date object each was a tenth of an import's garbage. Immutable, so a race only makes one twice.
     */
    private static LocalDate date(int year, int month, int day) {
        int index = (year - FIRST_CACHED_YEAR) * 372 + (month - 1) * 31 + (day - 1);
        boolean cached = year >= FIRST_CACHED_YEAR && year < FIRST_CACHED_YEAR + CACHED_YEARS && month >= 1 && month <= 12
                && day >= 1 && day <= 31;
        LocalDate date = cached ? DATES_MADE[index] : null;
        if (date == null) {
            try {
                date = LocalDate.of(year, month, day);
            } catch (java.time.DateTimeException e) {
                return null;
            }
            if (cached) {
                DATES_MADE[index] = date;
            }
        }
        return date;
    }

    /** The time of day, made once per second of the day (as {@link #date}). */
    private static LocalTime time(int secondOfDay) {
        LocalTime time = TIMES_MADE[secondOfDay];
        if (time == null) {
            time = LocalTime.ofSecondOfDay(secondOfDay);
            TIMES_MADE[secondOfDay] = time;
        }
        return time;
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
