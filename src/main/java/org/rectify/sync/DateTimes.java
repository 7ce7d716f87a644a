package org.rectify.sync;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Reads the date-time texts exports carry, in the forms that say the year first and so cannot be
 * mistaken: {@code 2014-05-03 09:05:00}, {@code 2014/5/3 9:05}, {@code 2014.5.3 9:05},
 * {@code 2014年5月3日 9:05} or {@code 2014-05-03T09:05:00}, each with or without seconds, or a date
 * alone (midnight); seconds may carry a fraction of zeros ({@code 09:05:00.000}, as databases write
 * whole seconds), and a twelve-hour time may carry 上午/下午 or AM/PM ({@code 2014/5/3 下午 3:05}).
 * A fraction that is not zero is refused: the store keeps whole seconds, and cutting one
 * would change the time silently. Left to a profile's {@code dateFormats}: day-first forms
 * ({@code 03/05/2014}), which are ambiguous, and digits alone ({@code 20140503090500}), which ticket
 * numbers that begin with their day would pass for (the suggester would take such a column for times).
 */
public final class DateTimes {

    /** The forms of one way of writing the date, by how many colons the time has: none (a date), one, two. */
    private record Forms(DateTimeFormatter date, DateTimeFormatter minutes, DateTimeFormatter seconds) {
        DateTimeFormatter byColons(int colons) {
            return switch (colons) {
                case 0 -> date;
                case 1 -> minutes;
                case 2 -> seconds;
                default -> null;
            };
        }
    }

    private static final Forms DASHED = forms("uuuu-M-d", "uuuu-M-d H:mm", "uuuu-M-d H:mm:ss");
    private static final Forms ISO = forms(null, "uuuu-M-d'T'H:mm", "uuuu-M-d'T'H:mm:ss");
    private static final Forms SLASHED = forms("uuuu/M/d", "uuuu/M/d H:mm", "uuuu/M/d H:mm:ss");
    private static final Forms DOTTED = forms("uuuu.M.d", "uuuu.M.d H:mm", "uuuu.M.d H:mm:ss");
    private static final Forms CHINESE = forms("uuuu年M月d日", "uuuu年M月d日[ ]H:mm", "uuuu年M月d日[ ]H:mm:ss");
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
        HalfDay half = HalfDay.in(s);
        return half == null ? parseForms(s) : half.parse(s);
    }

    /**
     * 上午/下午 or AM/PM beside a twelve-hour time, as Chinese systems and Excel write it:
     * {@code 2014/5/3 下午 3:05}, {@code 2014-05-03 下午03:05:00}, {@code 2014年5月3日上午9:05},
     * {@code 2014/5/3 3:05:00 PM}. The hour must be 1–12 (or 0 in the morning): {@code 下午 15:05}
     * says two things at once and is refused.
     */
    private record HalfDay(int at, int length, boolean afternoon) {

        private static final String[][] MARKS = {{"上午", "AM"}, {"下午", "PM"}, {"AM", "AM"}, {"PM", "PM"}};

        /** The one half-day mark in the text, or null when there is none or more than one. */
        static HalfDay in(String s) {
            if (!mayHaveMark(s)) {
                return null; // most texts: no copy made
            }
            String upper = s.toUpperCase(java.util.Locale.ROOT);
            HalfDay found = null;
            for (String[] mark : MARKS) {
                int at = upper.indexOf(mark[0]);
                if (at >= 0) {
                    if (found != null || upper.indexOf(mark[0], at + 1) >= 0) {
                        return null;
                    }
                    found = new HalfDay(at, mark[0].length(), mark[1].equals("PM"));
                }
            }
            return found;
        }

        private static boolean mayHaveMark(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '上' || c == '下' || (c | 0x20) == 'a' || (c | 0x20) == 'p') {
                    return true;
                }
            }
            return false;
        }

        LocalDateTime parse(String s) {
            String rest = (s.substring(0, at).strip() + " " + s.substring(at + length).strip()).strip();
            if (rest.indexOf(':') < 0) {
                return null;
            }
            LocalDateTime time = parseForms(rest.contains("  ") ? rest.replaceAll("\\s+", " ") : rest);
            if (time == null || time.getHour() > 12 || afternoon && time.getHour() == 0) {
                return null;
            }
            int hour = time.getHour() % 12 + (afternoon ? 12 : 0);
            return time.withHour(hour);
        }
    }

    /** The year-first forms other than the standard one, by the text's separators. */
    private static LocalDateTime parseForms(String text) {
        LocalDateTime standard = parseStandard(text);
        if (standard != null) {
            return standard;
        }
        String s = withoutZeroFraction(text);
        // one form is tried, chosen by the text's separators: no exception thrown for each form that does not fit
        int colons = (int) s.chars().filter(c -> c == ':').count();
        Forms family = s.indexOf('年') >= 0 ? CHINESE : s.indexOf('/') >= 0 ? SLASHED : s.indexOf('T') >= 0 ? ISO
                : s.indexOf('-') >= 0 ? DASHED : s.indexOf('.') >= 0 ? DOTTED : null;
        DateTimeFormatter form = family == null ? null : family.byColons(colons);
        if (form == null) {
            return null;
        }
        try {
            return colons == 0 ? LocalDate.parse(s, form).atStartOfDay() : LocalDateTime.parse(s, form);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code …:05.000} without its fraction when the fraction is zeros only; any other text as it is. */
    private static String withoutZeroFraction(String s) {
        int dot = s.lastIndexOf('.');
        if (dot < 3 || dot == s.length() - 1 || s.charAt(dot - 3) != ':') {
            return s;
        }
        for (int i = dot + 1; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return s;
            }
        }
        return s.substring(0, dot);
    }

    private static Forms forms(String date, String minutes, String seconds) {
        return new Forms(date == null ? null : strict(date), strict(minutes), strict(seconds));
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
