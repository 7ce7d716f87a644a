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
    private static final String WHERE = " WHERE (?1 IS NULL OR district_code = " + NameCodes.codeOf("?1") + ")"
            + """

               AND (?2 IS NULL OR created_at >= ?2)
               AND (?3 IS NULL OR created_at < ?3)
               AND (?4 IS NULL OR ticket_id = ?4 OR problem_code IN (SELECT code FROM name_code WHERE instr(name, ?4) > 0)
                    OR instr(description, ?4) > 0 OR (?11 IS NOT NULL AND subscriber LIKE '%' || ?11))
               AND (?8 IS NULL OR coalesce(problem_code, 0) IN (SELECT code FROM name_code WHERE lower(name) = lower(?8)))
               AND (?9 = 0 OR kind = 0 /* complaint */)
               AND (?12 IS NULL OR (CASE WHEN escalation_code IS NULL THEN 0 ELSE 1 END) = ?12)
               AND (?13 IS NULL OR (?13 = -1 AND first_contact_resolved IS NULL) OR first_contact_resolved = ?13)
               AND (?14 IS NULL OR status = ?14)
               AND (?15 = 0 OR is_repeat = 1)"""
            + " AND (?7 IS NULL OR coalesce(category_code, 0) = " + NameCodes.codeOf("?7") + ")"
            + " AND (?10 IS NULL OR coalesce(channel_code, 0) = " + NameCodes.codeOf("?10") + ")";

    /** One fixed ORDER BY per sort the list offers: the statement is chosen, never assembled from input. */
    private static final java.util.Map<TicketFilter.Sort, String> ORDER = new java.util.EnumMap<>(java.util.Map.of(
            TicketFilter.Sort.NEWEST_IMPORT, " ORDER BY rowid DESC",
            TicketFilter.Sort.CREATED_NEWEST, " ORDER BY created_at DESC, rowid DESC",
            TicketFilter.Sort.CREATED_OLDEST, " ORDER BY created_at, rowid",
            TicketFilter.Sort.CLOSED_NEWEST, " ORDER BY closed_at IS NULL, closed_at DESC, rowid DESC",
            TicketFilter.Sort.TICKET_ID, " ORDER BY ticket_id"));

    private static final String COUNT = "SELECT count(*) FROM ticket_row" + WHERE;
    private static final java.util.Map<TicketFilter.Sort, String> PAGE = new java.util.EnumMap<>(TicketFilter.Sort.class);
    private static final java.util.Map<TicketFilter.Sort, String> ALL_ROWS = new java.util.EnumMap<>(TicketFilter.Sort.class);

    static {
        ORDER.forEach((sort, order) -> {
            PAGE.put(sort, "SELECT " + TicketColumns.SELECT + " FROM ticket_row" + WHERE + order + " LIMIT ?5 OFFSET ?6");
            ALL_ROWS.put(sort, "SELECT " + TicketColumns.SELECT + " FROM ticket_row" + WHERE + order);
        });
    }

    private static final String ORIGIN = "SELECT r.file_name, r.id, r.started_at, " + NameCodes.nameOf("t.source_sheet_code")
            + ", t.source_row FROM ticket_row t LEFT JOIN sync_run r ON r.id = t.last_run_id WHERE t.ticket_id = ?";
    private static final String BY_ID = "SELECT " + TicketColumns.SELECT + " FROM ticket_row WHERE ticket_id = ?";

    private final Store store;

    public TicketQueries(Store store) {
        this.store = store;
    }

    /** Whether the store holds no ticket: one row read, not a count of millions (asked at every start). */
    public boolean isEmpty() {
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM ticket_row)");
             ResultSet rs = st.executeQuery()) {
            return rs.getInt(1) == 0;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the tickets: " + e.getMessage(), e);
        }
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
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(PAGE.get(filter.sort()))) {
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

    /** Every ticket of the filtered list in its order, one at a time (an export of a million rows). */
    public long forEach(TicketFilter filter, java.util.function.Consumer<Ticket> consumer) {
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(ALL_ROWS.get(filter.sort()))) {
            bindFilter(st, filter);
            st.setNull(5, java.sql.Types.INTEGER);
            st.setNull(6, java.sql.Types.INTEGER);
            st.setFetchSize(1_000);
            long count = 0;
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(TicketColumns.read(rs));
                    count++;
                }
            }
            return count;
        } catch (SQLException e) {
            throw new StoreException("Cannot read tickets: " + e.getMessage(), e);
        }
    }

    /** Where a ticket's stored version was read: the file and run, the sheet and row (null for tickets imported before version 13). */
    public record Origin(String fileName, long runId, java.time.LocalDateTime importedAt, String sheet, Long row) {
    }

    public Optional<Origin> origin(String ticketId) {
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(ORIGIN)) {
            st.setString(1, ticketId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    return Optional.empty();
                }
                Long row = rs.getObject(5) == null ? null : rs.getLong(5);
                return Optional.of(new Origin(rs.getString(1), rs.getLong(2),
                        org.rectify.domain.Timestamps.parse(rs.getString(3)), rs.getString(4), row));
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read where ticket " + ticketId + " came from: " + e.getMessage(), e);
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
        bindDay(st, 2, f.from());
        bindDay(st, 3, f.toExclusive());
        st.setString(4, f.text());
        st.setString(7, f.category());
        st.setString(8, f.problem());
        st.setInt(9, f.complaintsOnly() ? 1 : 0);
        st.setString(10, f.channel());
        st.setString(11, subscriberTail(f.text()));
        if (f.escalated() == null) {
            st.setNull(12, java.sql.Types.INTEGER);
        } else {
            st.setInt(12, f.escalated() ? 1 : 0);
        }
        if (f.firstContactResolved() == null) {
            st.setNull(13, java.sql.Types.INTEGER);
        } else {
            st.setInt(13, switch (f.firstContactResolved()) {
                case YES -> 1;
                case NO -> 0;
                case UNKNOWN -> -1;
            });
        }
        if (f.status() == null) {
            st.setNull(14, java.sql.Types.INTEGER);
        } else {
            st.setInt(14, TicketColumns.statusNumber(f.status()));
        }
        st.setInt(15, f.repeatsOnly() ? 1 : 0);
    }

    /** The first second of a day, or no bound. */
    private static void bindDay(PreparedStatement st, int index, java.time.LocalDate day) throws SQLException {
        if (day == null) {
            st.setNull(index, java.sql.Types.INTEGER);
        } else {
            st.setLong(index, TicketColumns.seconds(day.atStartOfDay()));
        }
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
