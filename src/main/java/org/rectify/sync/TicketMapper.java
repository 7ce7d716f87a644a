package org.rectify.sync;

import static org.rectify.sync.CanonicalField.*;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import org.rectify.domain.Districts;
import org.rectify.domain.RejectedRow;
import org.rectify.domain.Ticket;
import org.rectify.domain.TicketKind;
import org.rectify.domain.TicketStatus;

/** Turns a source row into a canonical ticket, or into a rejected row that says which column is wrong and why. */
public final class TicketMapper {

    private static final Set<String> YES = Set.of("是", "y", "yes", "1", "true", "t");
    private static final Set<String> NO = Set.of("否", "n", "no", "0", "false", "f");

    private final String fileName;
    private final ColumnMapping mapping;

    public TicketMapper(String fileName, ColumnMapping mapping) {
        this.fileName = fileName;
        this.mapping = mapping;
    }

    /** The outcome for one row: exactly one of ticket and rejection is set. */
    public record Mapped(Ticket ticket, RejectedRow rejection) {
    }

    public Mapped map(SourceRow row) {
        String id = mapping.value(row, TICKET_ID);
        if (id == null) {
            return reject(row, TICKET_ID, "ticket number is empty");
        }
        String createdText = mapping.value(row, CREATED_AT);
        LocalDateTime created = DateTimes.parse(createdText);
        if (created == null) {
            return reject(row, CREATED_AT, createdText == null ? "creation time is empty"
                    : "creation time '" + createdText + "' is not a date-time");
        }
        String closedText = mapping.value(row, CLOSED_AT);
        LocalDateTime closed = DateTimes.parse(closedText);
        if (closedText != null && closed == null) {
            return reject(row, CLOSED_AT, "closing time '" + closedText + "' is not a date-time");
        }
        if (closed != null && closed.isBefore(created)) {
            return reject(row, CLOSED_AT, "closing time " + closedText + " is before the creation time " + createdText);
        }
        String district = Districts.normalize(mapping.value(row, DISTRICT));
        if (district == null) {
            return reject(row, DISTRICT, "district is empty");
        }
        String fcrText = mapping.value(row, FIRST_CONTACT_RESOLVED);
        Boolean firstContact = yesNo(fcrText);
        if (fcrText != null && firstContact == null) {
            return reject(row, FIRST_CONTACT_RESOLVED, "'" + fcrText + "' is neither 是 nor 否");
        }
        String satisfactionText = mapping.value(row, SATISFACTION);
        Double satisfaction = number(satisfactionText);
        if (satisfactionText != null && satisfaction == null) {
            return reject(row, SATISFACTION, "satisfaction '" + satisfactionText + "' is not a number");
        }
        String kindRaw = mapping.value(row, KIND);
        String statusRaw = mapping.value(row, STATUS);
        Ticket ticket = new Ticket(id, created, closed, district, mapping.value(row, SERVICE_CENTER),
                TicketKind.fromRaw(kindRaw), kindRaw, mapping.value(row, CATEGORY), mapping.value(row, PROBLEM),
                mapping.value(row, CHANNEL), mapping.value(row, ESCALATION_CHANNEL), firstContact,
                TicketStatus.fromRaw(statusRaw, closed != null), statusRaw, mapping.value(row, OWNER),
                mapping.value(row, SUBSCRIBER), satisfaction, mapping.value(row, DESCRIPTION));
        return new Mapped(ticket, null);
    }

    private Mapped reject(SourceRow row, CanonicalField field, String reason) {
        return new Mapped(null, new RejectedRow(fileName, row.sheet(), row.rowNumber(), mapping.header(field),
                reason, row.cells()));
    }

    private static Boolean yesNo(String text) {
        if (text == null) {
            return null;
        }
        String s = text.toLowerCase(Locale.ROOT);
        if (YES.contains(s)) {
            return Boolean.TRUE;
        }
        return NO.contains(s) ? Boolean.FALSE : null;
    }

    private static Double number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
