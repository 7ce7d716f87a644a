package org.rectify.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One roll-up table as an import keeps it: the counts a file adds per key (its dimensions in the table's
 * key order) and the upsert that adds them to the table's rows, in key order, 200 rows a statement.
 */
final class RollupTable implements AutoCloseable {

    /** Rows per upsert statement (measured: 200 a statement wrote the former fine roll-up a third faster than a batch). */
    private static final int ROWS_PER_UPSERT = 200;

    private final String insert;
    private final String onConflict;
    private final int columns;
    private final KeyedCounts deltas;
    private final boolean counting;
    private final boolean monthly;
    /** Prepared at the first write, kept to the end of the import: a 200-row statement takes a while to compile. */
    private MultiRowInsert statement;

    /**
     * @param insert       {@code INSERT INTO t (dimensions…, counts…)}: the columns between parentheses
     * @param countColumns how many of the last columns are counts
     * @param counting     whether the first count is the row's tickets (a row of 0 tickets means nothing); the
     *                     closure tables have none — their row says a unit closed tickets, with or without the flag
     * @param monthly      whether the first dimension is a month (a month number) rather than a day (an epoch day)
     */
    RollupTable(String insert, String onConflict, int countColumns, boolean counting, boolean monthly) {
        this.insert = insert;
        this.onConflict = onConflict.strip();
        this.columns = insert.split(",").length;
        this.deltas = new KeyedCounts(columns - countColumns, countColumns);
        this.counting = counting;
        this.monthly = monthly;
    }

    // One method per key size, no varargs and no key object: eight lookups a complaint.
    RollupTable at(int a, int b, int c) {
        int[] key = deltas.probe();
        key[0] = a;
        key[1] = b;
        key[2] = c;
        return this;
    }

    RollupTable at(int a, int b, int c, int d) {
        int[] key = deltas.probe();
        key[0] = a;
        key[1] = b;
        key[2] = c;
        key[3] = d;
        return this;
    }

    /** Adds {@code sign} to the one count of the row last given to {@code at}. */
    void add(int sign) {
        deltas.add(deltas.entry(), 0, sign);
    }

    /** Adds {@code sign} to each of the row's two counts whose flag is set. */
    void add(int sign, boolean first, boolean second) {
        int entry = deltas.entry();
        deltas.add(entry, 0, first ? sign : 0);
        deltas.add(entry, 1, second ? sign : 0);
    }

    /** How many keys the file's counts hold now. */
    int keys() {
        return deltas.size();
    }

    /**
     * Adds the counts to the table's rows and forgets them; returns whether any count went down. In a
     * counting table a delta of zeros (a ticket counted as new and taken back) is left out: adding it would
     * change nothing, or leave an empty row behind. {@code boxed} gives a name code's Integer (made once).
     */
    boolean writeOut(Connection c, IntFunction<Integer> boxed) throws SQLException {
        boolean decrease = false;
        // In key order: the upserts then walk the table's B-tree front to back instead of jumping around.
        int[] entries = deltas.inKeyOrder();
        List<Integer> rows = new ArrayList<>(entries.length);
        for (int entry : entries) {
            boolean zero = true;
            for (int i = 0; i < deltas.countWidth(); i++) {
                long count = deltas.count(entry, i);
                zero &= count == 0;
                decrease |= count < 0;
            }
            if (!zero || !counting) {
                rows.add(entry);
            }
        }
        if (statement == null) {
            statement = new MultiRowInsert(c, insert + " VALUES", first -> "(" + MultiRowInsert.numbered(first, columns) + ")",
                    onConflict, 0, columns, ROWS_PER_UPSERT);
        }
        PeriodTexts periods = new PeriodTexts();
        statement.write(rows, (st, first, entry) -> {
            st.setString(first, periods.of(deltas.part(entry, 0)));
            int i = first + 1;
            for (int part = 1; part < deltas.width(); part++) {
                st.setObject(i++, boxed.apply(deltas.part(entry, part)));
            }
            for (int count = 0; count < deltas.countWidth(); count++) {
                st.setObject(i++, Long.valueOf(deltas.count(entry, count))); // mostly small, so cached: setLong boxes every one anew
            }
        });
        deltas.clear();
        return decrease;
    }

    @Override
    public void close() throws SQLException {
        if (statement != null) {
            statement.close();
            statement = null;
        }
    }

    /** A period's text, kept while the keys in order go through one period after another. */
    private final class PeriodTexts {
        private int last = Integer.MIN_VALUE;
        private String text;

        String of(int period) {
            if (period != last) {
                last = period;
                text = monthly ? YearMonth.of(period / 12, period % 12 + 1).toString()
                        : LocalDate.ofEpochDay(period).toString();
            }
            return text;
        }
    }
}
