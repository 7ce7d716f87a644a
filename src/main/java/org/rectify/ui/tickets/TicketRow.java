package org.rectify.ui.tickets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.rectify.domain.SubscriberMask;
import org.rectify.domain.Ticket;
import org.rectify.domain.Timestamps;
import org.rectify.ui.i18n.Messages;

/** The columns of the ticket list, in order: the table shows them and the export writes them, the same. */
final class TicketRow {

    /** A column: its title key, its width on screen, and its text for a ticket (the subscriber masked or not). */
    record Column(String key, double width, Function<Ticket, String> masked, Function<Ticket, String> plain) {
        Column(String key, double width, Function<Ticket, String> value) {
            this(key, width, value, value);
        }
    }

    static final List<Column> COLUMNS = List.of(
            new Column("tickets.col.id", 160, Ticket::ticketId),
            new Column("tickets.col.created", 175, t -> Timestamps.format(t.createdAt())),
            new Column("tickets.col.district", 90, Ticket::district),
            new Column("tickets.col.center", 130, Ticket::serviceCenter),
            new Column("tickets.col.kind", 60, Ticket::kindRaw),
            new Column("tickets.col.category", 95, Ticket::category),
            new Column("tickets.col.problem", 190, Ticket::problem),
            new Column("tickets.col.subscriber", 130, t -> SubscriberMask.mask(t.subscriber()), Ticket::subscriber),
            new Column("tickets.col.channel", 105, Ticket::channel),
            new Column("tickets.col.escalation", 95, Ticket::escalationChannel),
            new Column("tickets.col.fcr", 100, TicketRow::firstContact),
            new Column("tickets.col.status", 75, Ticket::statusRaw),
            new Column("tickets.col.owner", 80, Ticket::owner),
            new Column("tickets.col.closed", 175, t -> Timestamps.format(t.closedAt())),
            new Column("tickets.col.description", 320, Ticket::description));

    private TicketRow() {
    }

    static List<String> header() {
        return COLUMNS.stream().map(c -> Messages.get(c.key())).toList();
    }

    static List<String> cells(Ticket t, boolean masked) {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        for (Column c : COLUMNS) {
            String value = (masked ? c.masked() : c.plain()).apply(t);
            cells.add(value == null ? "" : value);
        }
        return cells;
    }

    static String firstContact(Ticket t) {
        if (t.firstContactResolved() == null) {
            return "";
        }
        return Messages.get(t.firstContactResolved() ? "common.yes" : "common.no");
    }
}
