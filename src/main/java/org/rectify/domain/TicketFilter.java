package org.rectify.domain;

import java.time.LocalDate;

/**
 * Which tickets a list shows. Null fields do not filter; {@code text} matches the ticket number,
 * problem or description.
 */
public record TicketFilter(String district, LocalDate from, LocalDate toExclusive, String text) {

    public static final TicketFilter ALL = new TicketFilter(null, null, null, null);

    public TicketFilter withDistrict(String newDistrict) {
        return new TicketFilter(newDistrict, from, toExclusive, text);
    }

    public TicketFilter withText(String newText) {
        return new TicketFilter(district, from, toExclusive, newText == null || newText.isBlank() ? null : newText.strip());
    }
}
