package org.rectify.domain;

import java.time.LocalDate;

/**
 * Which tickets a list shows. Null fields do not filter; {@code text} matches the ticket number,
 * problem or description; {@code complaintsOnly} keeps the tickets the KPIs count (a chart's drill-down).
 */
public record TicketFilter(String district, LocalDate from, LocalDate toExclusive, String text, String category,
                           String problem, boolean complaintsOnly) {

    public static final TicketFilter ALL = new TicketFilter(null, null, null, null, null, null, false);

    /** The complaints behind a figure: created in the range, in the district, category and problem given (null: any). */
    public static TicketFilter behindFigure(DateRange range, String district, String category, String problem) {
        return new TicketFilter(district, range.start(), range.end(), null, category, problem, true);
    }

    public TicketFilter withDistrict(String newDistrict) {
        return new TicketFilter(newDistrict, from, toExclusive, text, category, problem, complaintsOnly);
    }

    public TicketFilter withText(String newText) {
        return new TicketFilter(district, from, toExclusive, newText == null || newText.isBlank() ? null : newText.strip(),
                category, problem, complaintsOnly);
    }

    /** True when the filter narrows more than district and text: a drill-down from a chart. */
    public boolean isDrillDown() {
        return from != null || toExclusive != null || category != null || problem != null || complaintsOnly;
    }
}
