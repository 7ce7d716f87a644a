package org.rectify.domain;

import java.time.LocalDate;

/**
 * Which tickets a list shows, and in which order. Null fields do not filter; {@code text} matches
 * the ticket number, problem, description, or the subscriber by its last digits; {@code
 * complaintsOnly} keeps the tickets the KPIs count (a chart's drill-down). {@code
 * firstContactResolved} is {@link Flag#UNKNOWN} for tickets whose flag was not exported.
 */
public record TicketFilter(String district, LocalDate from, LocalDate toExclusive, String text, String category,
                           String problem, String channel, boolean complaintsOnly, Boolean escalated,
                           Flag firstContactResolved, TicketStatus status, boolean repeatsOnly, Sort sort) {

    /** Yes, no, or not known. */
    public enum Flag { YES, NO, UNKNOWN }

    /** The orders a list can be read in; each is one fixed statement of the store. */
    public enum Sort { NEWEST_IMPORT, CREATED_NEWEST, CREATED_OLDEST, CLOSED_NEWEST, TICKET_ID }

    public static final TicketFilter ALL = new TicketFilter(null, null, null, null, null, null, null, false);

    public TicketFilter {
        sort = sort == null ? Sort.NEWEST_IMPORT : sort;
    }

    public TicketFilter(String district, LocalDate from, LocalDate toExclusive, String text, String category,
                        String problem, String channel, boolean complaintsOnly) {
        this(district, from, toExclusive, text, category, problem, channel, complaintsOnly, null, null, null, false, null);
    }

    /** The complaints behind a figure: created in the range and in the scope given, of one problem (null: any). */
    public static TicketFilter behindFigure(DateRange range, Scope scope, String problem) {
        return new TicketFilter(scope.district(), range.start(), range.end(), null, scope.category(), problem,
                scope.channel(), true);
    }

    public TicketFilter withDistrict(String newDistrict) {
        return new TicketFilter(newDistrict, from, toExclusive, text, category, problem, channel, complaintsOnly, escalated,
                firstContactResolved, status, repeatsOnly, sort);
    }

    public TicketFilter withText(String newText) {
        return new TicketFilter(district, from, toExclusive, newText == null || newText.isBlank() ? null : newText.strip(),
                category, problem, channel, complaintsOnly, escalated, firstContactResolved, status, repeatsOnly, sort);
    }

    /** Created in [from, toExclusive); nulls for all time. */
    public TicketFilter withRange(LocalDate newFrom, LocalDate newToExclusive) {
        return new TicketFilter(district, newFrom, newToExclusive, text, category, problem, channel, complaintsOnly,
                escalated, firstContactResolved, status, repeatsOnly, sort);
    }

    /** Narrowed by category, problem and channel where given (null: keep this filter's). */
    public TicketFilter withSlice(String newCategory, String newProblem, String newChannel) {
        return new TicketFilter(district, from, toExclusive, text, newCategory != null ? newCategory : category,
                newProblem != null ? newProblem : problem, newChannel != null ? newChannel : channel, complaintsOnly,
                escalated, firstContactResolved, status, repeatsOnly, sort);
    }

    public TicketFilter withFlags(Boolean newEscalated, Flag newFirstContact, TicketStatus newStatus, boolean newRepeatsOnly) {
        return new TicketFilter(district, from, toExclusive, text, category, problem, channel, complaintsOnly, newEscalated,
                newFirstContact, newStatus, newRepeatsOnly, sort);
    }

    public TicketFilter withSort(Sort newSort) {
        return new TicketFilter(district, from, toExclusive, text, category, problem, channel, complaintsOnly, escalated,
                firstContactResolved, status, repeatsOnly, newSort);
    }
}
