package org.rectify.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a day, an ISO week, a month, a quarter or a year, identified by its
 * grain and first day. The end is exclusive.
 */
public record Period(Grain grain, LocalDate start) implements Comparable<Period> {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    public Period {
        Objects.requireNonNull(grain, "grain");
        Objects.requireNonNull(start, "start");
        if (!start.equals(startOf(grain, start))) {
            throw new IllegalArgumentException(start + " is not the first day of a " + grain);
        }
    }

    /** The period of the given grain that holds the date. */
    public static Period of(Grain grain, LocalDate date) {
        return new Period(grain, startOf(grain, date));
    }

    public static Period isoWeek(int weekBasedYear, int week) {
        LocalDate fourthOfJanuary = LocalDate.of(weekBasedYear, 1, 4);
        int weeks = weeksInIsoYear(weekBasedYear);
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException(weekBasedYear + " has no ISO week " + week + " (it has " + weeks + ")");
        }
        LocalDate monday = fourthOfJanuary.with(DayOfWeek.MONDAY).plusWeeks(week - 1L);
        return new Period(Grain.WEEK, monday);
    }

    public static int weeksInIsoYear(int weekBasedYear) {
        // 28 December always lies in the last ISO week of its year.
        return LocalDate.of(weekBasedYear, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** Parses {@code 2014}, {@code 2014-Q1}, {@code 2014-05}, {@code 2014-W18} or {@code 2014-05-03}. */
    public static Period parse(String text) {
        String s = text == null ? "" : text.trim();
        Matcher m;
        if ((m = YEAR.matcher(s)).matches()) {
            return new Period(Grain.YEAR, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1));
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            int quarter = Integer.parseInt(m.group(2));
            return new Period(Grain.QUARTER, LocalDate.of(Integer.parseInt(m.group(1)), quarter * 3 - 2, 1));
        }
        if ((m = WEEK.matcher(s)).matches()) {
            return isoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = MONTH.matcher(s)).matches()) {
            // 2014-22 is as likely a week written without its W
            return new Period(Grain.MONTH, month(s, m.group(1), m.group(2), "; a week is written " + m.group(1) + "-W"
                    + m.group(2)).atDay(1));
        }
        if ((m = DAY.matcher(s)).matches()) {
            YearMonth month = month(s, m.group(1), m.group(2), "");
            int day = Integer.parseInt(m.group(3));
            if (day < 1 || day > month.lengthOfMonth()) {
                throw new IllegalArgumentException("Not a valid period: '" + s + "' (" + month + " has days 01 to "
                        + month.lengthOfMonth() + ")");
            }
            return new Period(Grain.DAY, month.atDay(day));
        }
        throw new IllegalArgumentException(
                "Not a period: '" + s + "'. Use 2014, 2014-Q1, 2014-05, 2014-W18 or 2014-05-03.");
    }

    /** The month of a period's text, said plainly when its number is not one (rather than java.time's words). */
    private static YearMonth month(String text, String year, String month, String hint) {
        int number = Integer.parseInt(month);
        if (number < 1 || number > 12) {
            throw new IllegalArgumentException("Not a valid period: '" + text + "' (a month is 01 to 12" + hint + ")");
        }
        return YearMonth.of(Integer.parseInt(year), number);
    }

    /** The first day after the period. */
    public LocalDate end() {
        return switch (grain) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    public LocalDate lastDay() {
        return end().minusDays(1);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end());
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(end());
    }

    public boolean contains(LocalDateTime time) {
        return contains(time.toLocalDate());
    }

    public Period next() {
        return new Period(grain, end());
    }

    public Period previous() {
        return of(grain, start.minusDays(1));
    }

    /**
     * The same period a year earlier. An ISO week maps to the same week number of the previous
     * week-based year; week 53 maps to week 52 when the previous year has no week 53.
     */
    public Period previousYear() {
        if (grain == Grain.WEEK) {
            int year = start.get(IsoFields.WEEK_BASED_YEAR) - 1;
            int week = Math.min(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), weeksInIsoYear(year));
            return isoWeek(year, week);
        }
        return new Period(grain, start.minusYears(1));
    }

    /**
     * The slice of {@code comparison} that matches the part of this period up to and including
     * {@code asOf}: the same elapsed calendar span (months and days for month-long grains, days
     * for weeks and days), cut at the comparison period's end — no day when the data end before this
     * period starts. The whole comparison period when this one is complete by {@code asOf}.
     */
    public DateRange sameSliceIn(Period comparison, LocalDate asOf) {
        if (!isPartialAsOf(asOf)) {
            return comparison.range();
        }
        LocalDate elapsedEnd = elapsedEnd(asOf);
        LocalDate sliceEnd = switch (grain) {
            case DAY, WEEK -> comparison.start.plusDays(ChronoUnit.DAYS.between(start, elapsedEnd));
            case MONTH, QUARTER, YEAR -> comparison.start.plus(java.time.Period.between(start, elapsedEnd));
        };
        return new DateRange(comparison.start, sliceEnd.isAfter(comparison.end()) ? comparison.end() : sliceEnd);
    }

    /**
     * The days of this period a figure counts when the data end on {@code asOf}: up to and including it
     * when the period is partial (none when it starts after {@code asOf}), else (or without data, null)
     * the whole period.
     */
    public DateRange elapsedAsOf(LocalDate asOf) {
        return asOf != null && isPartialAsOf(asOf) ? new DateRange(start, elapsedEnd(asOf)) : range();
    }

    /** The day after {@code asOf}, but not before this period's start. */
    private LocalDate elapsedEnd(LocalDate asOf) {
        LocalDate dayAfter = asOf.plusDays(1);
        return dayAfter.isBefore(start) ? start : dayAfter;
    }

    /**
     * True when the period ends after {@code asOf}, the last day with data (DESIGN section 4) — also when
     * it starts after it: then none of its days has elapsed.
     */
    public boolean isPartialAsOf(LocalDate asOf) {
        return asOf.isBefore(lastDay());
    }

    public DateRange range() {
        return new DateRange(start, end());
    }

    @Override
    public String toString() {
        return switch (grain) {
            case DAY -> start.toString();
            case WEEK -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    /**
     * The label without its year where a chart's title or page gives the year: {@code W18},
     * {@code 05}, {@code Q2}, {@code 05-03}; a year is itself.
     */
    public String withoutYear() {
        String label = toString();
        return grain == Grain.YEAR ? label : label.substring(label.indexOf('-') + 1);
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : grain.compareTo(other.grain);
    }

    private static LocalDate startOf(Grain grain, LocalDate date) {
        return switch (grain) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
            case YEAR -> date.withDayOfYear(1);
        };
    }
}
