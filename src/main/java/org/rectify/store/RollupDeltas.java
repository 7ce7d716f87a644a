package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rectify.domain.Ticket;

/**
 * What one file changes in the roll-ups, gathered in memory while its rows are written and
 * applied in the same transaction: +1 for a new ticket, −old +new for a changed one. Each
 * roll-up is a map from its dimension values (in column order) to its counts.
 */
final class RollupDeltas {

    /**
     * A roll-up table: the upsert that adds counts to a row, and the counts per dimension values.
     * The values are joined into one string key: a list key re-hashes all its elements on every
     * lookup, which was the largest cost of a 1M-row import.
     */
    private record Table(String upsert, Map<String, long[]> deltas, boolean counts) {
        /** @param counts whether the first count is the row's tickets (a row of 0 tickets means nothing); the
         *                closure tables have none — their row says a unit closed tickets, with or without the flag */
        Table(String upsert, boolean counts) {
            this(upsert, new HashMap<>(), counts);
        }

        void add(List<String> key, int sign, boolean... flags) {
            long[] counts = deltas.computeIfAbsent(String.join(SEPARATOR, key), k -> new long[Math.max(1, flags.length)]);
            if (flags.length == 0) {
                counts[0] += sign;
            }
            for (int i = 0; i < flags.length; i++) {
                counts[i] += flags[i] ? sign : 0;
            }
        }
    }

    /** Below every character of a name, so that joined keys sort as their parts do. */
    private static final String SEPARATOR = "\u0001";

    private final Table complaints = new Table("""
            INSERT INTO rollup_complaint (day, district, category, problem, channel, escalation_channel, tickets, repeats)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (day, district, category, problem, channel, escalation_channel)
            DO UPDATE SET tickets = tickets + excluded.tickets, repeats = repeats + excluded.repeats""", true);
    private final Table categories = new Table("""
            INSERT INTO rollup_category_day (day, district, category, tickets, repeats) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (day, district, category)
            DO UPDATE SET tickets = tickets + excluded.tickets, repeats = repeats + excluded.repeats""", true);
    private final Table escalations = new Table("""
            INSERT INTO rollup_escalation_day (day, district, category, escalation_channel, tickets) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (day, district, category, escalation_channel) DO UPDATE SET tickets = tickets + excluded.tickets""", true);
    private final Table problems = new Table("""
            INSERT INTO rollup_problem_month (month, district, category, problem, tickets) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (month, district, category, problem) DO UPDATE SET tickets = tickets + excluded.tickets""", true);
    private final Table closures = new Table("""
            INSERT INTO rollup_closure (day, district, service_center, category, resolved_first, flag_known)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (day, district, service_center, category)
            DO UPDATE SET resolved_first = resolved_first + excluded.resolved_first,
                          flag_known = flag_known + excluded.flag_known""", false);
    private final Table closuresByDay = new Table("""
            INSERT INTO rollup_closure_day (day, district, category, resolved_first, flag_known) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (day, district, category)
            DO UPDATE SET resolved_first = resolved_first + excluded.resolved_first,
                          flag_known = flag_known + excluded.flag_known""", false);
    private final Set<String> districts = new HashSet<>();
    /** True once a count went down: only then can a roll-up row have become empty. */
    private boolean anyDecrease;

    /** Adds ({@code sign} = +1) or takes away (−1) one ticket's contribution. */
    void add(Ticket t, int sign) {
        districts.add(t.district());
        if (!t.isComplaint()) {
            return;
        }
        List<String> key = complaintKey(t);
        String day = key.get(0);
        String category = key.get(2);
        complaints.add(key, sign, true, false);
        categories.add(key.subList(0, 3), sign, true, false);
        problems.add(List.of(day.substring(0, 7), t.district(), category, blank(t.problem())), sign);
        if (t.isEscalated()) {
            escalations.add(List.of(day, t.district(), category, t.escalationChannel()), sign);
        }
        if (t.closedAt() != null) {
            String closedDay = t.closedAt().toLocalDate().toString();
            boolean resolved = Boolean.TRUE.equals(t.firstContactResolved());
            boolean known = t.firstContactResolved() != null;
            closures.add(List.of(closedDay, t.district(), blank(t.serviceCenter()), category), sign, resolved, known);
            closuresByDay.add(List.of(closedDay, t.district(), category), sign, resolved, known);
        }
    }

    /**
     * Adds (+1) or takes away (−1) one repeat complaint, given by its {@link #complaintKey}: the ticket
     * itself was counted by {@link #add}.
     */
    void addRepeat(List<String> complaintKey, int sign) {
        complaints.add(complaintKey, sign, false, true);
        categories.add(complaintKey.subList(0, 3), sign, false, true);
    }

    /** A complaint's dimensions in the fine roll-up: day, district, category, problem, channel, escalation channel. */
    static List<String> complaintKey(Ticket t) {
        return List.of(t.createdAt().toLocalDate().toString(), t.district(), blank(t.category()), blank(t.problem()),
                blank(t.channel()), blank(t.escalationChannel()));
    }

    /**
     * Writes out (inside the file's transaction) the tables holding more than {@code keys} dimension
     * combinations, so that memory does not grow with the file.
     */
    void flushLargerThan(int keys, Connection c) throws SQLException {
        for (Table table : tables()) {
            if (table.deltas().size() > keys) {
                anyDecrease |= upsert(c, table);
                table.deltas().clear();
            }
        }
    }

    private List<Table> tables() {
        return List.of(complaints, categories, escalations, problems, closures, closuresByDay);
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
            for (String table : List.of("rollup_complaint", "rollup_category_day", "rollup_escalation_day",
                    "rollup_problem_month")) {
                st.executeUpdate("DELETE FROM " + table + " WHERE tickets = 0");
            }
        }
    }

    /**
     * Adds a table's deltas to its rows; returns whether any count went down. In a counting table a
     * delta of zeros (a ticket counted as new and taken back) is left out: adding it would change
     * nothing, or leave an empty row behind.
     */
    private static boolean upsert(Connection c, Table table) throws SQLException {
        boolean decrease = false;
        try (PreparedStatement st = c.prepareStatement(table.upsert())) {
            // In key order: the upserts then walk the table's B-tree front to back instead of jumping around.
            List<Map.Entry<String, long[]>> entries = new ArrayList<>(table.deltas().entrySet());
            entries.sort(Map.Entry.comparingByKey());
            for (Map.Entry<String, long[]> e : entries) {
                boolean zero = true;
                for (long count : e.getValue()) {
                    zero &= count == 0;
                    decrease |= count < 0;
                }
                if (zero && table.counts()) {
                    continue;
                }
                int i = 1;
                for (String value : e.getKey().split(SEPARATOR, -1)) {
                    st.setString(i++, value);
                }
                for (long count : e.getValue()) {
                    st.setLong(i++, count);
                }
                st.addBatch();
            }
            st.executeBatch();
        }
        return decrease;
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
