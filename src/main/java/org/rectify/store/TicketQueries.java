package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rectify.domain.Ticket;
import org.rectify.domain.TicketFilter;

/**
 * Reads tickets for lists: counts and pages, newest import first. Paging by rowid needs no index
 * beyond the table itself, so imports stay fast; exports come in time order, so this is also
 * newest first in time.
 */
public final class TicketQueries {

    // A problem matches in any Latin case: the Pareto shows one problem under its most used spelling.
    // Each filter is written so that a null parameter switches it off; no SQL is assembled from values.
    private static final String WHERE = """
             WHERE (?1 IS NULL OR district = ?1)
               AND (?2 IS NULL OR created_at >= ?2)
               AND (?3 IS NULL OR created_at < ?3)
               AND (?4 IS NULL OR ticket_id = ?4 OR instr(problem, ?4) > 0 OR instr(description, ?4) > 0
                    OR (?11 IS NOT NULL AND subscriber LIKE '%' || ?11))
               AND (?7 IS NULL OR coalesce(category, '') = ?7)
               AND (?8 IS NULL OR lower(coalesce(problem, '')) = lower(?8))
               AND (?9 = 0 OR kind = 'complaint')
               AND (?10 IS NULL OR coalesce(channel, '') = ?10)""";

    private static final String COUNT = "SELECT count(*) FROM ticket " + WHERE;
    private static final String PAGE = "SELECT " + TicketColumns.LIST + " FROM ticket " + WHERE
            + " ORDER BY rowid DESC LIMIT ?5 OFFSET ?6";
    private static final String BY_ID = "SELECT " + TicketColumns.LIST + " FROM ticket WHERE ticket_id = ?";

    private final Store store;

    public TicketQueries(Store store) {
        this.store = store;
    }

    public long count(TicketFilter filter) {
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(COUNT)) {
            bindFilter(st, filter);
            st.setNull(5, java.sql.Types.INTEGER); // ?5 and ?6 belong to the page query
            st.setNull(6, java.sql.Types.INTEGER);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot count tickets: " + e.getMessage(), e);
        }
    }

    /** Tickets {@code offset} .. {@code offset + limit - 1} of the filtered list, newest import first. */
    public List<Ticket> page(TicketFilter filter, long offset, int limit) {
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(PAGE)) {
            bindFilter(st, filter);
            st.setInt(5, limit);
            st.setLong(6, offset);
            try (ResultSet rs = st.executeQuery()) {
                List<Ticket> tickets = new ArrayList<>(limit);
                while (rs.next()) {
                    tickets.add(TicketColumns.read(rs));
                }
                return tickets;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read tickets: " + e.getMessage(), e);
        }
    }

    public Optional<Ticket> byId(String ticketId) {
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(BY_ID)) {
            st.setString(1, ticketId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(TicketColumns.read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read ticket " + ticketId + ": " + e.getMessage(), e);
        }
    }

    private static void bindFilter(PreparedStatement st, TicketFilter f) throws SQLException {
        st.setString(1, f.district());
        st.setString(2, f.from() == null ? null : f.from().toString());
        st.setString(3, f.toExclusive() == null ? null : f.toExclusive().toString());
        st.setString(4, f.text());
        st.setString(7, f.category());
        st.setString(8, f.problem());
        st.setInt(9, f.complaintsOnly() ? 1 : 0);
        st.setString(10, f.channel());
        st.setString(11, subscriberTail(f.text()));
    }

    private static final java.util.regex.Pattern MASKED = java.util.regex.Pattern.compile("\\d{0,4}\\*+(\\d{2,})");
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{4,}");

    /**
     * The digits a subscriber's number must end with for a search text: the whole number, its last
     * digits (9255), or the masked form the list shows (173****9255); null when the text is none of these.
     */
    static String subscriberTail(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        var masked = MASKED.matcher(t);
        if (masked.matches()) {
            return masked.group(1);
        }
        return DIGITS.matcher(t).matches() ? t : null;
    }
}
