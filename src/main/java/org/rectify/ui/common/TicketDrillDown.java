package org.rectify.ui.common;

import org.rectify.domain.TicketFilter;

/** Opens the ticket list narrowed to the complaints behind a figure; {@code description} names them. */
@FunctionalInterface
public interface TicketDrillDown {

    void open(TicketFilter figure, String description);
}
