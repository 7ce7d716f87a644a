package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rectify.domain.EpochDays;
import org.rectify.domain.Ticket;

/**
 * What one file changes in the roll-ups, gathered in memory while its rows are written and
 * applied in the same transaction: +1 for a new ticket, −old +new for a changed one. Each
 * roll-up is a map from its dimensions (a day and name codes, in key order) to its counts.
 */
final class RollupDeltas {

    /**
     * A roll-up table: the upsert that adds counts to a row, and the counts per dimensions.
     *
     * @param counts  whether the first count is the row's tickets (a row of 0 tickets means nothing); the
     *                closure tables have none — their row says a unit closed tickets, with or without the flag
     * @param monthly whether the first dimension is a month (a month number) rather than a day (an epoch day)
     */
    private record Table(String insert, String onConflict, int columns, Map<RollupKey, long[]> deltas, boolean counts,
            boolean monthly) {
        Table(String insert, String onConflict, boolean counts, boolean monthly) {
            // the insert names its columns between parentheses, one comma apart
            this(insert, onConflict, insert.split(",").length, new HashMap<>(), counts, monthly);
        }

        /** Adds {@code sign} to the row's one count. */
        void add(RollupKey key, int sign) {
            countsOf(key, 1)[0] += sign;
        }

        /** Adds {@code sign} to each of the row's two counts whose flag is set. */
        void add(RollupKey key, int sign, boolean first, boolean second) {
            long[] counts = countsOf(key, 2);
            counts[0] += first ? sign : 0;
            counts[1] += second ? sign : 0;
        }

        // no varargs and no capturing lambda: both allocated once per ticket and table (0.15 GB a 1M import)
        private long[] countsOf(RollupKey key, int size) {
            long[] counts = deltas.get(key);
            if (counts == null) {
                counts = new long[size];
                deltas.put(key, counts);
            }
            return counts;
        }

        String period(int value) {
            return monthly ? YearMonth.of(value / 12, value % 12 + 1).toString() : LocalDate.ofEpochDay(value).toString();
        }
    }

    private final Table channels = new Table("""
            INSERT INTO rollup_channel_day (day, channel_code, category_code, escalation_code, tickets, repeats)""", """
            ON CONFLICT (day, channel_code, category_code, escalation_code)
            DO UPDATE SET tickets = tickets + excluded.tickets, repeats = repeats + excluded.repeats""", true, false);
    private final Table channelProblems = new Table("""
            INSERT INTO rollup_channel_problem_month (month, channel_code, problem_code, tickets)""", """
            ON CONFLICT (month, channel_code, problem_code)
            DO UPDATE SET tickets = tickets + excluded.tickets""", true, true);
    private final Table categories = new Table("""
            INSERT INTO rollup_category_day (day, category_code, district_code, tickets, repeats)""", """
            ON CONFLICT (day, category_code, district_code)
            DO UPDATE SET tickets = tickets + excluded.tickets, repeats = repeats + excluded.repeats""", true, false);
    private final Table escalations = new Table("""
            INSERT INTO rollup_escalation_day (day, escalation_code, district_code, category_code, tickets)""", """
            ON CONFLICT (day, escalation_code, district_code, category_code)
            DO UPDATE SET tickets = tickets + excluded.tickets""", true, false);
    private final Table problems = new Table("""
            INSERT INTO rollup_problem_month (month, problem_code, district_code, category_code, tickets)""", """
            ON CONFLICT (month, problem_code, district_code, category_code)
            DO UPDATE SET tickets = tickets + excluded.tickets""", true, true);
    private final Table problemWeeks = new Table("""
            INSERT INTO rollup_problem_week (week_start, problem_code, district_code, category_code, tickets)""", """
            ON CONFLICT (week_start, problem_code, district_code, category_code)
            DO UPDATE SET tickets = tickets + excluded.tickets""", true, false);
    private final Table closures = new Table("""
            INSERT INTO rollup_closure (day, district_code, center_code, category_code, resolved_first, flag_known)""", """
            ON CONFLICT (day, district_code, center_code, category_code)
            DO UPDATE SET resolved_first = resolved_first + excluded.resolved_first,
                          flag_known = flag_known + excluded.flag_known""", false, false);
    private final Table closuresByDay = new Table("""
            INSERT INTO rollup_closure_day (day, district_code, category_code, resolved_first, flag_known)""", """
            ON CONFLICT (day, district_code, category_code)
            DO UPDATE SET resolved_first = resolved_first + excluded.resolved_first,
                          flag_known = flag_known + excluded.flag_known""", false, false);
    /** Rows per upsert statement (measured: 200 a statement wrote the former fine roll-up a third faster than a batch). */
    private static final int ROWS_PER_UPSERT = 200;

    private final Map<Table, MultiRowInsert> statements = new java.util.IdentityHashMap<>();
    private static final int MAX_BOXED = 1 << 20;
    /** Only the writing thread binds, so one array serves without locking. */
    private Integer[] boxes = new Integer[1024];
    private final NameCodes names;
    private final Set<String> districts = new HashSet<>();
    /** True once a count went down: only then can a roll-up row have become empty. */
    private boolean anyDecrease;

    RollupDeltas(NameCodes names) {
        this.names = names;
    }

    /** Adds ({@code sign} = +1) or takes away (−1) one ticket's contribution, not counted as a repeat. */
    void add(Ticket t, int sign) {
        add(t, sign, false);
    }

    /** Adds or takes away one ticket's contribution, with its repeat flag when it is a repeat complaint. */
    void add(Ticket t, int sign, boolean repeat) {
        districts.add(t.district());
        if (!t.isComplaint()) {
            return;
        }
        RollupKey key = complaintKey(t);
        channels.add(channelKey(key), sign, true, repeat);
        categories.add(categoryKey(key), sign, true, repeat);
        LocalDate created = t.createdAt().toLocalDate();
        int month = created.getYear() * 12 + created.getMonthValue() - 1;
        problems.add(new RollupKey(month, key.part(3), key.part(1), key.part(2)), sign);
        channelProblems.add(new RollupKey(month, key.part(4), key.part(3)), sign);
        problemWeeks.add(new RollupKey(EpochDays.mondayOf(key.part(0)), key.part(3), key.part(1), key.part(2)), sign);
        if (t.isEscalated()) {
            escalations.add(new RollupKey(key.part(0), key.part(5), key.part(1), key.part(2)), sign);
        }
        if (t.closedAt() != null) {
            int closedDay = (int) EpochDays.of(t.closedAt().toLocalDate());
            boolean resolved = Boolean.TRUE.equals(t.firstContactResolved());
            boolean known = t.firstContactResolved() != null;
            closures.add(new RollupKey(closedDay, key.part(1), names.code(t.serviceCenter()), key.part(2)), sign,
                    resolved, known);
            closuresByDay.add(new RollupKey(closedDay, key.part(1), key.part(2)), sign, resolved, known);
        }
    }

    /**
     * Adds (+1) or takes away (−1) one repeat complaint, given by its {@link #complaintKey}: the ticket
     * itself was counted by {@link #add}.
     */
    void addRepeat(RollupKey complaintKey, int sign) {
        channels.add(channelKey(complaintKey), sign, false, true);
        categories.add(categoryKey(complaintKey), sign, false, true);
    }

    /** The channel roll-up's key of a complaint: day, channel, category, escalation channel (v21). */
    private static RollupKey channelKey(RollupKey complaintKey) {
        return new RollupKey(complaintKey.part(0), complaintKey.part(4), complaintKey.part(2), complaintKey.part(5));
    }

    /** The day-and-category roll-up's key of a complaint: day, category, district (its key order, v20). */
    private static RollupKey categoryKey(RollupKey complaintKey) {
        return new RollupKey(complaintKey.part(0), complaintKey.part(2), complaintKey.part(1));
    }

    /**
     * A complaint's dimensions, from which each roll-up takes its key: day, district, category, problem,
     * channel, escalation channel.
     */
    RollupKey complaintKey(Ticket t) {
        return new RollupKey((int) EpochDays.of(t.createdAt().toLocalDate()), names.code(t.district()),
                names.code(t.category()), names.code(t.problem()), names.code(t.channel()),
                names.code(t.escalationChannel()));
    }

    /**
     * Writes out (inside the file's transaction) the tables holding more than {@code keys} dimension
     * combinations, so that memory does not grow with the file.
     */
    void flushLargerThan(int keys, Connection c) throws SQLException {
        names.writeNew(c);
        for (Table table : tables()) {
            if (table.deltas().size() > keys) {
                anyDecrease |= upsert(c, table);
                table.deltas().clear();
            }
        }
    }

    private List<Table> tables() {
        return List.of(channels, categories, escalations, problems, problemWeeks, channelProblems, closures, closuresByDay);
    }

    void applyTo(Connection c) throws SQLException {
        flushLargerThan(-1, c);
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO district (name, sort_order) VALUES (?, 1000000) ON CONFLICT (name) DO NOTHING")) {
            for (String district : districts) {
                st.setString(1, district);
                st.addBatch();
            }
            st.executeBatch();
        }
        if (!anyDecrease) {
            return; // only additions: no row can have become empty, and the tables need no scan
        }
        try (Statement st = c.createStatement()) {
            // Fixed table names: rows that a changed ticket emptied are dropped.
            for (String table : List.of("rollup_channel_day", "rollup_category_day", "rollup_escalation_day",
                    "rollup_problem_month", "rollup_problem_week", "rollup_channel_problem_month")) {
                st.executeUpdate("DELETE FROM " + table + " WHERE tickets = 0");
            }
        }
    }

    /**
     * Adds a table's deltas to its rows; returns whether any count went down. In a counting table a
     * delta of zeros (a ticket counted as new and taken back) is left out: adding it would change
     * nothing, or leave an empty row behind.
     */
    private boolean upsert(Connection c, Table table) throws SQLException {
        boolean decrease = false;
        // In key order: the upserts then walk the table's B-tree front to back instead of jumping around.
        RollupKey[] keys = RollupKey.sorted(table.deltas().keySet());
        List<RollupKey> rows = new ArrayList<>(keys.length);
        for (RollupKey key : keys) {
            boolean zero = true;
            for (long count : table.deltas().get(key)) {
                zero &= count == 0;
                decrease |= count < 0;
            }
            if (!zero || !table.counts()) {
                rows.add(key);
            }
        }
        MultiRowInsert insert = statements.get(table);
        if (insert == null) {
            insert = new MultiRowInsert(c, table.insert() + " VALUES",
                    first -> "(" + MultiRowInsert.numbered(first, table.columns()) + ")", table.onConflict().strip(), 0,
                    table.columns(), ROWS_PER_UPSERT);
            statements.put(table, insert);
        }
        PeriodTexts periods = new PeriodTexts(table);
        insert.write(rows, (st, first, key) -> {
            st.setString(first, periods.of(key.part(0)));
            int i = first + 1;
            for (int part = 1; part < key.size(); part++) {
                st.setObject(i++, boxed(key.part(part)));
            }
            for (long count : table.deltas().get(key)) {
                st.setObject(i++, Long.valueOf(count)); // mostly small, so cached: setLong boxes every one anew
            }
        });
        return decrease;
    }

    /** The Integer of a name code, made once: setInt would box one for every code of every roll-up row. */
    private Integer boxed(int code) {
        if (code < 0 || code >= MAX_BOXED) {
            return code;
        }
        if (code >= boxes.length) {
            boxes = java.util.Arrays.copyOf(boxes, Math.min(MAX_BOXED, Math.max(code + 1, boxes.length * 2)));
        }
        Integer box = boxes[code];
        if (box == null) {
            box = code;
            boxes[code] = box;
        }
        return box;
    }

    /** Closes the statements the flushes prepared (each once per import: a 200-row statement takes a while to compile). */
    void close() throws SQLException {
        for (MultiRowInsert insert : statements.values()) {
            insert.close();
        }
        statements.clear();
    }

    /** A period's text, kept while the keys in order go through one period after another. */
    private static final class PeriodTexts {
        private final Table table;
        private int last = Integer.MIN_VALUE;
        private String text;

        PeriodTexts(Table table) {
            this.table = table;
        }

        String of(int period) {
            if (period != last) {
                last = period;
                text = table.period(period);
            }
            return text;
        }
    }
}
