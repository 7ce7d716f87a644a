package org.rectify.store;

import java.time.LocalDate;
import java.util.List;

/**
 * The coarse daily roll-up rows of a date range and scope, for the analytics to sum in memory:
 * complaints by day and category, escalated complaints by day and channel, and closures by day.
 */
public record DailyFacts(List<Complaints> complaints, List<Complaints> escalations, List<Closures> closures) {

    /** Complaints created on a day with one value of a dimension (a category, or an escalation channel). */
    public record Complaints(LocalDate day, String value, long tickets) {
    }

    /** Complaints closed on a day: resolved at first contact, and with the flag known. */
    public record Closures(LocalDate day, long resolvedFirst, long flagKnown) {
    }
}
