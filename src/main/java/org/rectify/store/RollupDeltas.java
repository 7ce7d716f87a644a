package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rectify.domain.EpochDays;
import org.rectify.domain.Ticket;

/**
 * What one file changes in the roll-ups, gathered in memory while its rows are written and
 * applied in the same transaction: +1 for a new ticket, −old +new for a changed one. Each
 * roll-up holds counts per key: its dimensions (a day and name codes) in the table's key order.
 */
final class RollupDeltas {

    /**
     * A roll-up table: the upsert that adds counts to a row, and the counts per key.
     *
     * @param counts  whether the first count is the row's tickets (a row of 0 tickets means nothing); the
     *                closure tables have none — their row says a unit closed tickets, with or without the flag
     * @param monthly whether the first dimension is a month (a month number) rather than a day (an epoch day)
     */
    private record Table(String insert, String onConflict, int columns, KeyedCounts deltas, boolean counts,
            boolean monthly) {
        Table(String insert, String onConflict, int countColumns, boolean counts, boolean monthly) {
            // the insert names its columns between parentheses, one comma apart
            this(insert, onConflict, insert.split(",").length,
                    new KeyedCounts(insert.split(",").length - countColumns, countColumns), counts, monthly);
        }

        // One method per key size, no varargs and no key object: eight lookups a complaint.
        Table at(int a, int b, int c) {
            int[] key = deltas.probe();
            key[0] = a;
            key[1] = b;
            key[2] = c;
            return this;
        }

        Table at(int a, int b, int c, int d) {
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

        String period(int value) {
            return monthly ? YearMonth.of(value / 12, value % 12 + 1).toString() : LocalDate.ofEpochDay(value).toString();
        }
    }

    private final Table channels = new Table("""
            INSERT INTO rollup_channel_day (day, channel_code, category_code, escalation_code, tickets, repeats)""", """
            ON CONFLICT (day, channel_code, category_code, escalation_code)
            DO UPDATE SET tickets = tickets + excluded.tickets, repeats = repeats + excluded.repeats""", 2, true, false);
    private final Table channelProblems = new Table("""
            INSERT INTO rollup_channel_problem_month (month, channel_code, problem_code, tickets)""", """
            ON CONFLICT (month, channel_code, problem_code)
            DO UPDATE SET tickets = tickets + excluded.tickets""", 1, true, true);
    private final Table categories = new Table("""
            INSERT INTO rollup_category_day (day, category_code, district_code, tickets, repeats)""", """
            ON CONFLICT (day, category_code, district_code)
            DO UPDATE SET tickets = tickets + excluded.tickets, repeats = repeats + excluded.repeats""", 2, true, false);
    private final Table escalations = new Table("""
            INSERT INTO rollup_escalation_day (day, escalation_code, district_code, category_code, tickets)""", """
            ON CONFLICT (day, escalation_code, district_code, category_code)
            DO UPDATE SET tickets = tickets + excluded.tickets""", 1, true, false);
    private final Table problems = new Table("""
            INSERT INTO rollup_problem_month (month, problem_code, district_code, category_code, tickets)""", """
            ON CONFLICT (month, problem_code, district_code, category_code)
            DO UPDATE SET tickets = tickets + excluded.tickets""", 1, true, true);
    private final Table problemWeeks = new Table("""
            INSERT INTO rollup_problem_week (week_start, problem_code, district_code, category_code, tickets)""", """
            ON CONFLICT (week_start, problem_code, district_code, category_code)
            DO UPDATE SET tickets = tickets + excluded.tickets""", 1, true, false);
    private final Table closures = new Table("""
            INSERT INTO rollup_closure (day, district_code, center_code, category_code, resolved_first, flag_known)""", """
            ON CONFLICT (day, district_code, center_code, category_code)
            DO UPDATE SET resolved_first = resolved_first + excluded.resolved_first,
                          flag_known = flag_known + excluded.flag_known""", 2, false, false);
    private final Table closuresByDay = new Table("""
            INSERT INTO rollup_closure_day (day, district_code, category_code, resolved_first, flag_known)""", """
            ON CONFLICT (day, district_code, category_code)
            DO UPDATE SET resolved_first = resolved_first + excluded.resolved_first,
                          flag_known = flag_known + excluded.flag_known""", 2, false, false);
    /** Rows per upsert statement (measured: 200 a statement wrote the former fine roll-up a third faster than a batch). */
    private static final int ROWS_PER_UPSERT = 200;

    private final java.util.Map<Table, MultiRowInsert> statements = new java.util.IdentityHashMap<>();
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
        LocalDate created = t.createdAt().toLocalDate();
        int day = (int) EpochDays.of(created);
        int district = names.code(t.district());
        int category = names.code(t.category());
        int problem = names.code(t.problem());
        int channel = names.code(t.channel());
        int escalation = names.code(t.escalationChannel());
        // each table's key in its primary key's order
        channels.at(day, channel, category, escalation).add(sign, true, repeat);
        categories.at(day, category, district).add(sign, true, repeat);
        int month = created.getYear() * 12 + created.getMonthValue() - 1;
        problems.at(month, problem, district, category).add(sign);
        channelProblems.at(month, channel, problem).add(sign);
        problemWeeks.at(EpochDays.mondayOf(day), problem, district, category).add(sign);
        if (t.isEscalated()) {
            escalations.at(day, escalation, district, category).add(sign);
        }
        if (t.closedAt() != null) {
            int closedDay = (int) EpochDays.of(t.closedAt().toLocalDate());
            boolean resolved = Boolean.TRUE.equals(t.firstContactResolved());
            boolean known = t.firstContactResolved() != null;
            closures.at(closedDay, district, names.code(t.serviceCenter()), category).add(sign, resolved, known);
            closuresByDay.at(closedDay, district, category).add(sign, resolved, known);
        }
    }

    /**
     * Adds (+1) or takes away (−1) one repeat complaint, given by its {@link #complaintKey}: the ticket
     * itself was counted by {@link #add}.
     */
    void addRepeat(RollupKey key, int sign) {
        channels.at(key.part(0), key.part(4), key.part(2), key.part(5)).add(sign, false, true);
        categories.at(key.part(0), key.part(2), key.part(1)).add(sign, false, true);
    }

    /**
     * A complaint's dimensions, from which each roll-up takes its key (as {@link #add} does): day, district,
     * category, problem, channel, escalation channel.
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
        KeyedCounts deltas = table.deltas();
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
            if (!zero || !table.counts()) {
                rows.add(entry);
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
        insert.write(rows, (st, first, entry) -> {
            st.setString(first, periods.of(deltas.part(entry, 0)));
            int i = first + 1;
            for (int part = 1; part < deltas.width(); part++) {
                st.setObject(i++, boxed(deltas.part(entry, part)));
            }
            for (int count = 0; count < deltas.countWidth(); count++) {
                st.setObject(i++, Long.valueOf(deltas.count(entry, count))); // mostly small, so cached: setLong boxes every one anew
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
