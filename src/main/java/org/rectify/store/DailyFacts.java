package org.rectify.store;

import java.time.LocalDate;
import java.util.List;

/**
 * The coarse daily roll-up rows of a date range and scope, for the analytics to sum in memory:
 * complaints by day, category and escalation channel, and closures by day.
 */
public record DailyFacts(List<Complaints> complaints, List<Closures> closures) {

    /** Complaints created on a day in one category with one escalation channel ('' for none). */
    public record Complaints(LocalDate day, String category, String escalationChannel, long tickets) {
    }

    /** Complaints closed on a day: resolved at first contact, and with the flag known. */
    public record Closures(LocalDate day, long resolvedFirst, long flagKnown) {
    }
}
