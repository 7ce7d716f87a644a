package org.rectify.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.rectify.domain.EpochDays;
import org.rectify.domain.Ticket;
import org.rectify.domain.TicketKind;
import org.rectify.domain.TicketStatus;

/**
 * Binds a ticket's fields to statements on ticket_row and reads them back, in one fixed column order.
 * Names are stored as codes of name_code, times as seconds since 1970-01-01 00:00:00 of the
 * export's wall-clock time (no zone is involved: the arithmetic is the same at any place).
 */
final class TicketColumns {

    /** The stored columns in binding order. */
    static final String LIST = """
            ticket_id, created_at, closed_at, district_code, center_code, kind, kind_raw_code, category_code,
            problem_code, channel_code, escalation_code, first_contact_resolved, status, status_raw_code, owner_code,
            subscriber, satisfaction, description""";

    static final int COUNT = 18;

    /** The columns {@link #read} takes, names looked up from their codes (for a query on ticket_row). */
    static final String SELECT = "ticket_id, created_at, closed_at, "
            + named("district_code", "district") + ", " + named("center_code", "service_center") + ", kind, "
            + named("kind_raw_code", "kind_raw") + ", " + named("category_code", "category") + ", "
            + named("problem_code", "problem") + ", " + named("channel_code", "channel") + ", "
            + named("escalation_code", "escalation_channel") + ", first_contact_resolved, status, "
            + named("status_raw_code", "status_raw") + ", " + named("owner_code", "owner")
            + ", subscriber, satisfaction, description";

    private TicketColumns() {
    }

    private static String named(String codeColumn, String alias) {
        return NameCodes.nameOf(codeColumn) + " AS " + alias;
    }

    /** A kind as stored (schema v19): a small number — the record then holds no text for it. */
    static int kindNumber(TicketKind kind) {
        return switch (kind) {
            case COMPLAINT -> 0;
            case CONSULTATION -> 1;
            case SUGGESTION -> 2;
            case PRAISE -> 3;
            case REPORT -> 4;
            case OTHER -> 5;
        };
    }

    static TicketKind kindOf(int number) {
        return switch (number) {
            case 0 -> TicketKind.COMPLAINT;
            case 1 -> TicketKind.CONSULTATION;
            case 2 -> TicketKind.SUGGESTION;
            case 3 -> TicketKind.PRAISE;
            case 4 -> TicketKind.REPORT;
            default -> TicketKind.OTHER;
        };
    }

    /** A status as stored: 0 open, 1 closed. */
    static int statusNumber(TicketStatus status) {
        return status == TicketStatus.CLOSED ? 1 : 0;
    }

    static TicketStatus statusOf(int number) {
        return number == 1 ? TicketStatus.CLOSED : TicketStatus.OPEN;
    }

    /** Seconds since 1970-01-01 00:00:00 of a wall-clock time. */
    static long seconds(LocalDateTime time) {
        return EpochDays.secondOf(time);
    }

    static LocalDateTime time(long seconds) {
        return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    }

    /** Binds the 18 fields starting at parameter {@code first}; returns the next free index. */
    static int bind(PreparedStatement st, int first, Ticket t, NameCodes names) throws SQLException {
        st.setString(first, t.ticketId());
        return bindAllButId(st, first + 1, t, names);
    }

    /** Binds the 17 fields after the ticket id starting at {@code first}; returns the next free index. */
    static int bindAllButId(PreparedStatement st, int first, Ticket t, NameCodes names) throws SQLException {
        int i = first;
        st.setLong(i++, seconds(t.createdAt()));
        if (t.closedAt() == null) {
            st.setNull(i++, Types.INTEGER);
        } else {
            st.setLong(i++, seconds(t.closedAt()));
        }
        st.setObject(i++, names.boxedCode(t.district()));
        i = bindCode(st, i, names.nullableCode(t.serviceCenter()));
        st.setObject(i++, Integer.valueOf(kindNumber(t.kind()))); // a cached box: setInt makes one each time
        i = bindCode(st, i, names.nullableCode(t.kindRaw()));
        i = bindCode(st, i, names.nullableCode(t.category()));
        i = bindCode(st, i, names.nullableCode(t.problem()));
        i = bindCode(st, i, names.nullableCode(t.channel()));
        i = bindCode(st, i, names.nullableCode(t.escalationChannel()));
        if (t.firstContactResolved() == null) {
            st.setNull(i++, Types.INTEGER);
        } else {
            st.setObject(i++, Integer.valueOf(t.firstContactResolved() ? 1 : 0));
        }
        st.setObject(i++, Integer.valueOf(statusNumber(t.status())));
        i = bindCode(st, i, names.nullableCode(t.statusRaw()));
        i = bindCode(st, i, names.nullableCode(t.owner()));
        st.setString(i++, t.subscriber());
        if (t.satisfaction() == null) {
            st.setNull(i++, Types.REAL);
        } else {
            st.setDouble(i++, t.satisfaction());
        }
        st.setString(i++, t.description());
        return i;
    }

    /** Binds the Integer itself (setInt would box it again). */
    static int bindCode(PreparedStatement st, int index, Integer code) throws SQLException {
        if (code == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setObject(index, code);
        }
        return index + 1;
    }

    /**
     * Reads a row selected with {@link #LIST}, each name found from its code in {@code names}: an import
     * reading back the tickets it meets again, without SQLite looking up nine names a row.
     */
    static Ticket readCoded(ResultSet rs, NameCodes names) throws SQLException {
        return read(rs, (codeColumn, alias) -> name(rs, codeColumn, names));
    }

    /** The name of a code column; null where the row has none (as the name looked up in SQL would be). */
    static String name(ResultSet rs, String codeColumn, NameCodes names) throws SQLException {
        int code = rs.getInt(codeColumn);
        return rs.wasNull() ? null : names.name(code);
    }

    /** Reads a row selected with {@link #SELECT}. */
    static Ticket read(ResultSet rs) throws SQLException {
        return read(rs, (codeColumn, alias) -> rs.getString(alias));
    }

    /** How a name is read: by its code column in {@link #LIST}, or by its alias in {@link #SELECT}. */
    @FunctionalInterface
    private interface NameReader {
        String read(String codeColumn, String alias) throws SQLException;
    }

    private static Ticket read(ResultSet rs, NameReader names) throws SQLException {
        int fcr = rs.getInt("first_contact_resolved");
        Boolean firstContact = rs.wasNull() ? null : fcr == 1;
        double satisfaction = rs.getDouble("satisfaction");
        Double score = rs.wasNull() ? null : satisfaction;
        long closed = rs.getLong("closed_at");
        LocalDateTime closedAt = rs.wasNull() ? null : time(closed);
        return new Ticket(
                rs.getString("ticket_id"),
                time(rs.getLong("created_at")),
                closedAt,
                names.read("district_code", "district"),
                names.read("center_code", "service_center"),
                kindOf(rs.getInt("kind")),
                names.read("kind_raw_code", "kind_raw"),
                names.read("category_code", "category"),
                names.read("problem_code", "problem"),
                names.read("channel_code", "channel"),
                names.read("escalation_code", "escalation_channel"),
                firstContact,
                statusOf(rs.getInt("status")),
                names.read("status_raw_code", "status_raw"),
                names.read("owner_code", "owner"),
                rs.getString("subscriber"),
                score,
                rs.getString("description"));
    }
}
