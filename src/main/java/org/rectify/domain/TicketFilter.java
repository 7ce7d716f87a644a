package org.rectify.domain;

import java.time.LocalDate;

/**
 * Which tickets a list shows. Null fields do not filter; {@code text} matches the ticket number,
 * problem or description; {@code complaintsOnly} keeps the tickets the KPIs count (a chart's drill-down).
 */
public record TicketFilter(String district, LocalDate from, LocalDate toExclusive, String text, String category,
                           String problem, String channel, boolean complaintsOnly) {

    public static final TicketFilter ALL = new TicketFilter(null, null, null, null, null, null, null, false);

    /** The complaints behind a figure: created in the range and in the scope given, of one problem (null: any). */
    public static TicketFilter behindFigure(DateRange range, Scope scope, String problem) {
        return new TicketFilter(scope.district(), range.start(), range.end(), null, scope.category(), problem,
                scope.channel(), true);
    }

    public TicketFilter withDistrict(String newDistrict) {
        return new TicketFilter(newDistrict, from, toExclusive, text, category, problem, channel, complaintsOnly);
    }

    public TicketFilter withText(String newText) {
        return new TicketFilter(district, from, toExclusive, newText == null || newText.isBlank() ? null : newText.strip(),
                category, problem, channel, complaintsOnly);
    }
}
