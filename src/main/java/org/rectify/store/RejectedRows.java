package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import org.rectify.domain.RejectedRow;

/** The rows that failed validation, read back for the user to see and export. */
public final class RejectedRows {

    private static final String SELECT = """
            SELECT run_id, file_name, sheet, row_number, column_name, reason, raw_values FROM rejected_row
            WHERE (?1 IS NULL OR run_id = ?1) ORDER BY run_id, id""";

    private final Store store;

    public RejectedRows(Store store) {
        this.store = store;
    }

    /** The first {@code limit} rejected rows of a run, in file order (a screen shows these; an export streams all). */
    public java.util.List<RejectedRow> first(long runId, int limit) {
        java.util.List<RejectedRow> rows = new java.util.ArrayList<>();
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(SELECT + " LIMIT ?2")) {
            st.setLong(1, runId);
            st.setInt(2, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new RejectedRow(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                            rs.getString(6), RawValues.fromJson(rs.getString(7))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("Cannot read rejected rows: " + e.getMessage(), e);
        }
    }

    /** Streams the rejected rows of one run (or all runs when {@code runId} is null) with their run id. */
    public long forEach(Long runId, BiConsumer<Long, RejectedRow> consumer) {
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(SELECT)) {
            st.setObject(1, runId);
            long count = 0;
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs.getLong(1), new RejectedRow(rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5), rs.getString(6), RawValues.fromJson(rs.getString(7))));
                    count++;
                }
            }
            return count;
        } catch (SQLException e) {
            throw new StoreException("Cannot read rejected rows: " + e.getMessage(), e);
        }
    }
}
