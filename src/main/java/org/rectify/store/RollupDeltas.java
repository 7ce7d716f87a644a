package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rectify.domain.Ticket;

/**
 * What one file changes in the daily roll-ups, gathered in memory while its rows are written and
 * applied in the same transaction: +1 for a new ticket, −old +new for a changed one.
 */
final class RollupDeltas {

    private record ComplaintKey(String day, String district, String category, String problem, String channel,
                                String escalation) {
    }

    private record ClosureKey(String day, String district, String center, String category) {
    }

    private record CategoryKey(String day, String district, String category) {
    }

    private record EscalationKey(String day, String district, String category, String escalation) {
    }

    private record ProblemKey(String month, String district, String category, String problem) {
    }

    private static final String UPSERT_CATEGORY = """
            INSERT INTO rollup_category_day (day, district, category, tickets) VALUES (?, ?, ?, ?)
            ON CONFLICT (day, district, category) DO UPDATE SET tickets = tickets + excluded.tickets""";
    private static final String UPSERT_ESCALATION = """
            INSERT INTO rollup_escalation_day (day, district, category, escalation_channel, tickets) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (day, district, category, escalation_channel) DO UPDATE SET tickets = tickets + excluded.tickets""";
    private static final String UPSERT_CLOSURE_DAY = """
            INSERT INTO rollup_closure_day (day, district, category, resolved_first, flag_known) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (day, district, category)
            DO UPDATE SET resolved_first = resolved_first + excluded.resolved_first,
                          flag_known = flag_known + excluded.flag_known""";
    private static final String ADD_DISTRICT = """
            INSERT INTO district (name, sort_order) VALUES (?, 1000000) ON CONFLICT (name) DO NOTHING""";
    private static final String UPSERT_PROBLEM = """
            INSERT INTO rollup_problem_month (month, district, category, problem, tickets) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (month, district, category, problem) DO UPDATE SET tickets = tickets + excluded.tickets""";

    private static final String UPSERT_COMPLAINT = """
            INSERT INTO rollup_complaint (day, district, category, problem, channel, escalation_channel, tickets)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (day, district, category, problem, channel, escalation_channel)
            DO UPDATE SET tickets = tickets + excluded.tickets""";
    private static final String UPSERT_CLOSURE = """
            INSERT INTO rollup_closure (day, district, service_center, category, resolved_first, flag_known)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (day, district, service_center, category)
            DO UPDATE SET resolved_first = resolved_first + excluded.resolved_first,
                          flag_known = flag_known + excluded.flag_known""";

    private final Map<ComplaintKey, long[]> complaints = new HashMap<>();
    private final Map<ClosureKey, long[]> closures = new HashMap<>();
    private final Map<CategoryKey, long[]> categories = new HashMap<>();
    private final Map<EscalationKey, long[]> escalations = new HashMap<>();
    private final java.util.Set<String> districts = new java.util.HashSet<>();
    private final Map<ProblemKey, long[]> problems = new HashMap<>();

    /** Adds ({@code sign} = +1) or takes away (−1) one ticket's contribution. */
    void add(Ticket t, int sign) {
        districts.add(t.district());
        if (!t.isComplaint()) {
            return;
        }
        String day = t.createdAt().toLocalDate().toString();
        complaints.computeIfAbsent(new ComplaintKey(day, t.district(), blank(t.category()), blank(t.problem()),
                blank(t.channel()), blank(t.escalationChannel())), k -> new long[1])[0] += sign;
        categories.computeIfAbsent(new CategoryKey(day, t.district(), blank(t.category())), k -> new long[1])[0] += sign;
        if (t.isEscalated()) {
            escalations.computeIfAbsent(new EscalationKey(day, t.district(), blank(t.category()), t.escalationChannel()),
                    k -> new long[1])[0] += sign;
        }
        problems.computeIfAbsent(new ProblemKey(day.substring(0, 7), t.district(), blank(t.category()), blank(t.problem())),
                k -> new long[1])[0] += sign;
        if (t.closedAt() != null) {
            long[] c = closures.computeIfAbsent(new ClosureKey(t.closedAt().toLocalDate().toString(), t.district(),
                    blank(t.serviceCenter()), blank(t.category())), k -> new long[2]);
            if (t.firstContactResolved() != null) {
                c[1] += sign;
                if (t.firstContactResolved()) {
                    c[0] += sign;
                }
            }
        }
    }

    void applyTo(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(UPSERT_COMPLAINT)) {
            for (Map.Entry<ComplaintKey, long[]> e : complaints.entrySet()) {
                if (e.getValue()[0] == 0) {
                    continue;
                }
                ComplaintKey k = e.getKey();
                bind(st, List.of(k.day(), k.district(), k.category(), k.problem(), k.channel(), k.escalation()));
                st.setLong(7, e.getValue()[0]);
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = c.prepareStatement(UPSERT_CLOSURE)) {
            for (Map.Entry<ClosureKey, long[]> e : closures.entrySet()) {
                ClosureKey k = e.getKey();
                bind(st, List.of(k.day(), k.district(), k.center(), k.category()));
                st.setLong(5, e.getValue()[0]);
                st.setLong(6, e.getValue()[1]);
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = c.prepareStatement(UPSERT_CATEGORY)) {
            for (Map.Entry<CategoryKey, long[]> e : categories.entrySet()) {
                CategoryKey k = e.getKey();
                bind(st, List.of(k.day(), k.district(), k.category()));
                st.setLong(4, e.getValue()[0]);
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = c.prepareStatement(UPSERT_ESCALATION)) {
            for (Map.Entry<EscalationKey, long[]> e : escalations.entrySet()) {
                EscalationKey k = e.getKey();
                bind(st, List.of(k.day(), k.district(), k.category(), k.escalation()));
                st.setLong(5, e.getValue()[0]);
                st.addBatch();
            }
            st.executeBatch();
        }
        Map<List<String>, long[]> byDay = new HashMap<>();
        closures.forEach((k, v) -> {
            long[] sum = byDay.computeIfAbsent(List.of(k.day(), k.district(), k.category()), x -> new long[2]);
            sum[0] += v[0];
            sum[1] += v[1];
        });
        try (PreparedStatement st = c.prepareStatement(UPSERT_CLOSURE_DAY)) {
            for (Map.Entry<List<String>, long[]> e : byDay.entrySet()) {
                bind(st, e.getKey());
                st.setLong(4, e.getValue()[0]);
                st.setLong(5, e.getValue()[1]);
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = c.prepareStatement(ADD_DISTRICT)) {
            for (String district : districts) {
                st.setString(1, district);
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = c.prepareStatement(UPSERT_PROBLEM)) {
            for (Map.Entry<ProblemKey, long[]> e : problems.entrySet()) {
                ProblemKey k = e.getKey();
                bind(st, List.of(k.month(), k.district(), k.category(), k.problem()));
                st.setLong(5, e.getValue()[0]);
                st.addBatch();
            }
            st.executeBatch();
        }
        try (var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM rollup_complaint WHERE tickets = 0");
            st.executeUpdate("DELETE FROM rollup_category_day WHERE tickets = 0");
            st.executeUpdate("DELETE FROM rollup_escalation_day WHERE tickets = 0");
            st.executeUpdate("DELETE FROM rollup_problem_month WHERE tickets = 0");
        }
    }

    private static void bind(PreparedStatement st, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            st.setString(i + 1, values.get(i));
        }
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
