package org.rectify.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.rectify.domain.Ticket;
import org.rectify.domain.TicketKind;
import org.rectify.domain.TicketStatus;
import org.rectify.domain.Timestamps;

/** Binds a ticket's fields to statements and reads them back, in one fixed column order. */
final class TicketColumns {

    /** The canonical columns in binding order. */
    static final String LIST = """
            ticket_id, created_at, closed_at, district, service_center, kind, kind_raw, category, problem,
            channel, escalation_channel, first_contact_resolved, status, status_raw, owner, subscriber,
            satisfaction, description""";

    static final int COUNT = 18;

    private TicketColumns() {
    }

    /** Binds the 18 fields starting at parameter {@code first}; returns the next free index. */
    static int bind(PreparedStatement st, int first, Ticket t) throws SQLException {
        st.setString(first, t.ticketId());
        return bindAllButId(st, first + 1, t);
    }

    /** Binds the 17 fields after the ticket id starting at {@code first}; returns the next free index. */
    static int bindAllButId(PreparedStatement st, int first, Ticket t) throws SQLException {
        int i = first;
        st.setString(i++, Timestamps.format(t.createdAt()));
        st.setString(i++, Timestamps.format(t.closedAt()));
        st.setString(i++, t.district());
        st.setString(i++, t.serviceCenter());
        st.setString(i++, t.kind().code());
        st.setString(i++, t.kindRaw());
        st.setString(i++, t.category());
        st.setString(i++, t.problem());
        st.setString(i++, t.channel());
        st.setString(i++, t.escalationChannel());
        if (t.firstContactResolved() == null) {
            st.setNull(i++, Types.INTEGER);
        } else {
            st.setInt(i++, t.firstContactResolved() ? 1 : 0);
        }
        st.setString(i++, t.status().code());
        st.setString(i++, t.statusRaw());
        st.setString(i++, t.owner());
        st.setString(i++, t.subscriber());
        if (t.satisfaction() == null) {
            st.setNull(i++, Types.REAL);
        } else {
            st.setDouble(i++, t.satisfaction());
        }
        st.setString(i++, t.description());
        return i;
    }

    /** Reads a row selected with {@link #LIST}. */
    static Ticket read(ResultSet rs) throws SQLException {
        int fcr = rs.getInt("first_contact_resolved");
        Boolean firstContact = rs.wasNull() ? null : fcr == 1;
        double satisfaction = rs.getDouble("satisfaction");
        Double score = rs.wasNull() ? null : satisfaction;
        return new Ticket(
                rs.getString("ticket_id"),
                Timestamps.parse(rs.getString("created_at")),
                Timestamps.parse(rs.getString("closed_at")),
                rs.getString("district"),
                rs.getString("service_center"),
                TicketKind.fromCode(rs.getString("kind")),
                rs.getString("kind_raw"),
                rs.getString("category"),
                rs.getString("problem"),
                rs.getString("channel"),
                rs.getString("escalation_channel"),
                firstContact,
                TicketStatus.fromCode(rs.getString("status")),
                rs.getString("status_raw"),
                rs.getString("owner"),
                rs.getString("subscriber"),
                score,
                rs.getString("description"));
    }
}
