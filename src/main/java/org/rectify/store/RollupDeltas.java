package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
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

    /** A roll-up table: the upsert that adds counts to a row, and the counts per dimension values. */
    private record Table(String upsert, Map<List<String>, long[]> deltas) {
        Table(String upsert) {
            this(upsert, new HashMap<>());
        }

        void add(List<String> key, int sign, boolean... flags) {
            long[] counts = deltas.computeIfAbsent(key, k -> new long[Math.max(1, flags.length)]);
            if (flags.length == 0) {
                counts[0] += sign;
            }
            for (int i = 0; i < flags.length; i++) {
                counts[i] += flags[i] ? sign : 0;
            }
        }
    }

    private final Table complaints = new Table("""
            INSERT INTO rollup_complaint (day, district, category, problem, channel, escalation_channel, tickets)
            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (day, district, category, problem, channel, escalation_channel)
            DO UPDATE SET tickets = tickets + excluded.tickets""");
    private final Table categories = new Table("""
            INSERT INTO rollup_category_day (day, district, category, tickets) VALUES (?, ?, ?, ?)
            ON CONFLICT (day, district, category) DO UPDATE SET tickets = tickets + excluded.tickets""");
    private final Table escalations = new Table("""
            INSERT INTO rollup_escalation_day (day, district, category, escalation_channel, tickets) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (day, district, category, escalation_channel) DO UPDATE SET tickets = tickets + excluded.tickets""");
    private final Table problems = new Table("""
            INSERT INTO rollup_problem_month (month, district, category, problem, tickets) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (month, district, category, problem) DO UPDATE SET tickets = tickets + excluded.tickets""");
    private final Table closures = new Table("""
            INSERT INTO rollup_closure (day, district, service_center, category, resolved_first, flag_known)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (day, district, service_center, category)
            DO UPDATE SET resolved_first = resolved_first + excluded.resolved_first,
                          flag_known = flag_known + excluded.flag_known""");
    private final Table closuresByDay = new Table("""
            INSERT INTO rollup_closure_day (day, district, category, resolved_first, flag_known) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (day, district, category)
            DO UPDATE SET resolved_first = resolved_first + excluded.resolved_first,
                          flag_known = flag_known + excluded.flag_known""");
    private final Set<String> districts = new HashSet<>();

    /** Adds ({@code sign} = +1) or takes away (−1) one ticket's contribution. */
    void add(Ticket t, int sign) {
        districts.add(t.district());
        if (!t.isComplaint()) {
            return;
        }
        String day = t.createdAt().toLocalDate().toString();
        String category = blank(t.category());
        complaints.add(List.of(day, t.district(), category, blank(t.problem()), blank(t.channel()),
                blank(t.escalationChannel())), sign);
        categories.add(List.of(day, t.district(), category), sign);
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

    void applyTo(Connection c) throws SQLException {
        for (Table table : List.of(complaints, categories, escalations, problems, closures, closuresByDay)) {
            upsert(c, table);
        }
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO district (name, sort_order) VALUES (?, 1000000) ON CONFLICT (name) DO NOTHING")) {
            for (String district : districts) {
                st.setString(1, district);
                st.addBatch();
            }
            st.executeBatch();
        }
        try (Statement st = c.createStatement()) {
            // Fixed table names: rows that a changed ticket emptied are dropped.
            for (String table : List.of("rollup_complaint", "rollup_category_day", "rollup_escalation_day",
                    "rollup_problem_month")) {
                st.executeUpdate("DELETE FROM " + table + " WHERE tickets = 0");
            }
        }
    }

    private static void upsert(Connection c, Table table) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(table.upsert())) {
            for (Map.Entry<List<String>, long[]> e : table.deltas().entrySet()) {
                int i = 1;
                for (String value : e.getKey()) {
                    st.setString(i++, value);
                }
                for (long count : e.getValue()) {
                    st.setLong(i++, count);
                }
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
