package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.rectify.domain.RowOrigin;
import org.rectify.domain.Ticket;

/**
 * The tickets an import finds stored already: read back, updated only where a field differs, and the
 * unchanged ones remembered with the row of the file that saw them — their row is not rewritten, so the
 * position goes into a temporary table of the import's own connection, gone with it (a second row of
 * the same id in the file is then rejected naming both rows).
 */
final class StoredTickets implements AutoCloseable {

    /** A ticket's stored row as an import finds it: the version, its repeat flag, and which run and row wrote it last. */
    record Stored(Ticket ticket, boolean repeat, long lastRunId, String sheet, long row) {

        /**
         * Whether this is the very row given at {@code origin} in run {@code runId}: written now (an earlier
         * row of the file with the same id has another row number; a ticket of an earlier run, another run).
         */
        boolean isRow(long runId, RowOrigin origin) {
            return lastRunId == runId && Objects.equals(sheet, origin.sheet()) && row == origin.rowNumber();
        }
    }

    // Updates only when something differs, so that an unchanged row is counted as such.
    private static final String UPDATE = """
            UPDATE ticket_row SET created_at = ?, closed_at = ?, district_code = ?, center_code = ?,
                kind = ?, kind_raw_code = ?, category_code = ?, problem_code = ?, channel_code = ?, escalation_code = ?,
                first_contact_resolved = ?, status = ?, status_raw_code = ?, owner_code = ?, subscriber = ?,
                satisfaction = ?, description = ?, last_run_id = ?, source_sheet_code = ?, source_row = ?
            WHERE ticket_id = ? AND (created_at IS NOT ? OR closed_at IS NOT ? OR district_code IS NOT ?
                OR center_code IS NOT ? OR kind IS NOT ? OR kind_raw_code IS NOT ? OR category_code IS NOT ?
                OR problem_code IS NOT ? OR channel_code IS NOT ? OR escalation_code IS NOT ?
                OR first_contact_resolved IS NOT ? OR status IS NOT ? OR status_raw_code IS NOT ? OR owner_code IS NOT ?
                OR subscriber IS NOT ? OR satisfaction IS NOT ? OR description IS NOT ?)""";

    private final long runId;
    private final NameCodes names;
    private final PreparedStatement select;
    private final PreparedStatement update;
    private final PreparedStatement seenUnchanged;
    private final PreparedStatement findUnchanged;
    /** Whether this run noted a ticket unchanged: until it does, an updated row needs no query for one. */
    private boolean anyUnchanged;

    StoredTickets(Connection connection, long runId, NameCodes names) throws SQLException {
        this.runId = runId;
        this.names = names;
        this.select = connection.prepareStatement("SELECT " + TicketColumns.LIST
                + ", is_repeat, last_run_id, source_sheet_code, source_row FROM ticket_row WHERE ticket_id = ?");
        this.update = connection.prepareStatement(UPDATE);
        try (var st = connection.createStatement()) {
            st.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS run_unchanged "
                    + "(ticket_id TEXT PRIMARY KEY, source_sheet TEXT, source_row INTEGER NOT NULL)");
            st.executeUpdate("DELETE FROM run_unchanged");
        }
        this.seenUnchanged = connection.prepareStatement(
                "INSERT INTO run_unchanged (ticket_id, source_sheet, source_row) VALUES (?, ?, ?)");
        this.findUnchanged = connection.prepareStatement(
                "SELECT source_sheet, source_row FROM run_unchanged WHERE ticket_id = ?");
    }

    Stored read(String ticketId) throws SQLException {
        select.setString(1, ticketId);
        try (ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("ticket " + ticketId + " was neither inserted nor found");
            }
            return new Stored(TicketColumns.readCoded(rs, names), rs.getInt("is_repeat") == 1, rs.getLong("last_run_id"),
                    TicketColumns.name(rs, "source_sheet_code", names), rs.getLong("source_row"));
        }
    }

    /** Writes the new version read at {@code origin}; false when every field was the same (nothing written). */
    boolean update(Ticket t, RowOrigin origin) throws SQLException {
        int next = TicketColumns.bindAllButId(update, 1, t, names);
        update.setLong(next++, runId);
        next = bindOrigin(update, next, origin, names);
        update.setString(next++, t.ticketId());
        TicketColumns.bindAllButId(update, next, t, names);
        update.addBatch();
        return update.executeBatch()[0] > 0;
    }

    /** Remembers the row of this run that found a ticket unchanged. */
    void noteUnchanged(String ticketId, RowOrigin origin) throws SQLException {
        seenUnchanged.setString(1, ticketId);
        seenUnchanged.setString(2, origin.sheet());
        seenUnchanged.setLong(3, origin.rowNumber());
        seenUnchanged.executeUpdate();
        anyUnchanged = true;
    }

    /** The row of this run that found the ticket unchanged, or null. */
    RowOrigin unchangedEarlier(String ticketId) throws SQLException {
        if (!anyUnchanged) {
            return null;
        }
        findUnchanged.setString(1, ticketId);
        try (ResultSet rs = findUnchanged.executeQuery()) {
            return rs.next() ? new RowOrigin(rs.getString(1), rs.getLong(2), List.of()) : null;
        }
    }

    /** Binds where a row was read: its sheet's code (null for a text file) and row number. */
    static int bindOrigin(PreparedStatement st, int first, RowOrigin origin, NameCodes names) throws SQLException {
        TicketColumns.bindCode(st, first, names.nullableCode(origin.sheet()));
        st.setLong(first + 1, origin.rowNumber());
        return first + 2;
    }

    @Override
    public void close() throws SQLException {
        select.close();
        update.close();
        seenUnchanged.close();
        findUnchanged.close();
    }
}
