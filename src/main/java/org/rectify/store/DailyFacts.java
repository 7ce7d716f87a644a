package org.rectify.store;

import java.time.LocalDate;
import java.util.List;

/**
 * The coarse daily roll-up rows (each list in day order) of a date range and scope, for the analytics to sum in memory:
 * complaints and repeat complaints by day and category, escalated complaints by day and channel, and closures by day.
 */
public record DailyFacts(List<Complaints> complaints, List<Complaints> escalations, List<Closures> closures) {

    /**
     * Complaints created on a day with one value of a dimension (a category, or an escalation channel),
     * and how many of them are repeat complaints (counted on the category rows only).
     */
    public record Complaints(LocalDate day, String value, long tickets, long repeats) {
    }

    /** Complaints closed on a day: resolved at first contact, and with the flag known. */
    public record Closures(LocalDate day, long resolvedFirst, long flagKnown) {
    }

    /** The index of the first row on or after {@code day} in a list in day order. */
    public static <T> int firstOnOrAfter(List<T> rows, java.util.function.Function<T, LocalDate> dayOf, LocalDate day) {
        int low = 0;
        int high = rows.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (dayOf.apply(rows.get(mid)).isBefore(day)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
