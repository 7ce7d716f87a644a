package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.IntFunction;

/**
 * An INSERT that writes many rows a step: {@code INSERT … VALUES (…), (…), …} with a fixed number of
 * rows per statement, the rows that do not fill one written by a one-row statement. Against a JDBC
 * batch of one-row statements it saves a step, a reset and the driver's per-row work for all but one
 * row of each group (measured: the former fine roll-up's 840,000 rows in 0.75 s instead of 1.1 s).
 * Parameters are numbered: the {@code shared} first ones are bound once for every row.
 */
final class MultiRowInsert implements AutoCloseable {

    /** Binds one row's values starting at parameter {@code first}. */
    @FunctionalInterface
    interface RowBinder<T> {
        void bind(PreparedStatement st, int first, T row) throws SQLException;
    }

    private final int rowsPerStatement;
    private final int shared;
    private final int perRow;
    private final PreparedStatement many;
    private final PreparedStatement one;

    /**
     * @param head     the statement up to VALUES, e.g. {@code INSERT INTO t (a, b) VALUES}
     * @param row      the values of a row given its first parameter number, e.g. {@code first -> "(?3, ?4, ?1)"}
     * @param tail     what follows the values (an ON CONFLICT clause), or ""
     * @param shared   how many parameters, numbered from 1, are shared by all rows
     * @param perRow   how many parameters each row has of its own
     */
    MultiRowInsert(Connection c, String head, IntFunction<String> row, String tail, int shared, int perRow,
            int rowsPerStatement) throws SQLException {
        this.rowsPerStatement = rowsPerStatement;
        this.shared = shared;
        this.perRow = perRow;
        this.many = c.prepareStatement(sql(head, row, tail, rowsPerStatement));
        this.one = c.prepareStatement(sql(head, row, tail, 1));
    }

    private String sql(String head, IntFunction<String> row, String tail, int rows) {
        StringJoiner values = new StringJoiner(", ", head + " ", tail.isEmpty() ? "" : " " + tail);
        for (int r = 0; r < rows; r++) {
            values.add(row.apply(shared + 1 + r * perRow));
        }
        return values.toString();
    }

    /** {@code ?first, ?first+1, …} for {@code count} parameters: a fixed text, never a value. */
    static String numbered(int first, int count) {
        StringJoiner params = new StringJoiner(", ");
        for (int i = 0; i < count; i++) {
            params.add("?" + (first + i));
        }
        return params.toString();
    }

    /** Binds a parameter shared by every row (numbered 1 to {@code shared}). */
    void bindShared(int index, long value) throws SQLException {
        many.setLong(index, value);
        one.setLong(index, value);
    }

    /**
     * Writes the rows in order; returns for each row whether its statement left some row unwritten
     * (an INSERT OR IGNORE that met an existing key): only those rows need to be looked at again.
     */
    <T> boolean[] write(List<T> rows, RowBinder<T> binder) throws SQLException {
        boolean[] partial = new boolean[rows.size()];
        int start = 0;
        for (; start + rowsPerStatement <= rows.size(); start += rowsPerStatement) {
            for (int r = 0; r < rowsPerStatement; r++) {
                binder.bind(many, shared + 1 + r * perRow, rows.get(start + r));
            }
            if (many.executeUpdate() < rowsPerStatement) {
                java.util.Arrays.fill(partial, start, start + rowsPerStatement, true);
            }
        }
        for (int i = start; i < rows.size(); i++) {
            binder.bind(one, shared + 1, rows.get(i));
            partial[i] = one.executeUpdate() < 1;
        }
        return partial;
    }

    @Override
    public void close() throws SQLException {
        many.close();
        one.close();
    }
}
