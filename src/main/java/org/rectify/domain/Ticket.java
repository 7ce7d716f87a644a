package org.rectify.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One ticket in canonical form (DESIGN 3.1). Optional fields are null when the export does not
 * carry them; {@code firstContactResolved} is null when the flag is unknown.
 */
public record Ticket(
        String ticketId,
        LocalDateTime createdAt,
        LocalDateTime closedAt,
        String district,
        String serviceCenter,
        TicketKind kind,
        String kindRaw,
        String category,
        String problem,
        String channel,
        String escalationChannel,
        Boolean firstContactResolved,
        TicketStatus status,
        String statusRaw,
        String owner,
        String subscriber,
        Double satisfaction,
        String description) {

    public Ticket {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
    }

    public boolean isComplaint() {
        return kind == TicketKind.COMPLAINT;
    }

    public boolean isEscalated() {
        return escalationChannel != null && !escalationChannel.isBlank();
    }
}
