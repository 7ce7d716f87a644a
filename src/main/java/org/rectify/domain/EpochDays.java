package org.rectify.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;

/**
 * Days and seconds since 1970-01-01 of wall-clock dates and times: the values of
 * {@link LocalDate#toEpochDay()} and {@code toEpochSecond(ZoneOffset.UTC)}, read from tables. Those
 * branch on the month (after February?) and on the leap year; an import's hottest methods, compiled
 * while a file in time order is still in its first months, were compiled again each time the rows
 * first crossed a February or a year end (measured: 0.5–0.7 s of the compiler's time in a 1M import).
 */
public final class EpochDays {

    private static final int FIRST_YEAR = 1900;
    private static final int YEARS = 300;
    /** The epoch day of 1 January of each year in the table. */
    private static final long[] YEAR_STARTS = new long[YEARS];
    /** 13 for a leap year, else 0: the offset of its row in {@link #DAYS_BEFORE_MONTH}. */
    private static final int[] MONTH_ROWS = new int[YEARS];
    /** Days of the year before month m (1–12): a common year's row, then a leap year's. */
    private static final int[] DAYS_BEFORE_MONTH = new int[26];

    static {
        for (int i = 0; i < YEARS; i++) {
            YEAR_STARTS[i] = LocalDate.of(FIRST_YEAR + i, 1, 1).toEpochDay();
            MONTH_ROWS[i] = Year.isLeap(FIRST_YEAR + i) ? 13 : 0;
        }
        for (int row = 0; row < 2; row++) {
            int year = row == 0 ? 2001 : 2000;
            for (int month = 1; month <= 12; month++) {
                DAYS_BEFORE_MONTH[row * 13 + month] = LocalDate.of(year, month, 1).getDayOfYear() - 1;
            }
        }
    }

    private EpochDays() {
    }

    /** {@code date.toEpochDay()}. */
    public static long of(LocalDate date) {
        int index = date.getYear() - FIRST_YEAR;
        if ((index | (YEARS - 1 - index)) < 0) {
            return date.toEpochDay();
        }
        return YEAR_STARTS[index] + DAYS_BEFORE_MONTH[MONTH_ROWS[index] + date.getMonthValue()] + date.getDayOfMonth() - 1;
    }

    /** The epoch day of the Monday starting the ISO week that holds epoch day {@code day} (1970-01-01 was a Thursday). */
    public static int mondayOf(int day) {
        return day - Math.floorMod(day + 3, 7);
    }

    /** Seconds since 1970-01-01 00:00:00 of a wall-clock time (its fraction of a second left out). */
    public static long secondOf(LocalDateTime time) {
        return of(time.toLocalDate()) * 86_400 + time.toLocalTime().toSecondOfDay();
    }
}
