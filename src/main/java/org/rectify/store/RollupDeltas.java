package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
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

    private final RollupTable channels = new RollupTable("""
            INSERT INTO rollup_channel_day (day, channel_code, category_code, escalation_code, tickets, repeats)""", """
            ON CONFLICT (day, channel_code, category_code, escalation_code)
            DO UPDATE SET tickets = tickets + excluded.tickets, repeats = repeats + excluded.repeats""", 2, true, false);
    private final RollupTable channelProblems = new RollupTable("""
            INSERT INTO rollup_channel_problem_month (month, channel_code, problem_code, tickets)""", """
            ON CONFLICT (month, channel_code, problem_code)
            DO UPDATE SET tickets = tickets + excluded.tickets""", 1, true, true);
    private final RollupTable categories = new RollupTable("""
            INSERT INTO rollup_category_day (day, category_code, district_code, tickets, repeats)""", """
            ON CONFLICT (day, category_code, district_code)
            DO UPDATE SET tickets = tickets + excluded.tickets, repeats = repeats + excluded.repeats""", 2, true, false);
    private final RollupTable escalations = new RollupTable("""
            INSERT INTO rollup_escalation_day (day, escalation_code, district_code, category_code, tickets)""", """
            ON CONFLICT (day, escalation_code, district_code, category_code)
            DO UPDATE SET tickets = tickets + excluded.tickets""", 1, true, false);
    private final RollupTable problems = new RollupTable("""
            INSERT INTO rollup_problem_month (month, problem_code, district_code, category_code, tickets)""", """
            ON CONFLICT (month, problem_code, district_code, category_code)
            DO UPDATE SET tickets = tickets + excluded.tickets""", 1, true, true);
    private final RollupTable problemWeeks = new RollupTable("""
            INSERT INTO rollup_problem_week (week_start, problem_code, district_code, category_code, tickets)""", """
            ON CONFLICT (week_start, problem_code, district_code, category_code)
            DO UPDATE SET tickets = tickets + excluded.tickets""", 1, true, false);
    private final RollupTable closures = new RollupTable("""
            INSERT INTO rollup_closure (day, district_code, center_code, category_code, resolved_first, flag_known)""", """
            ON CONFLICT (day, district_code, center_code, category_code)
            DO UPDATE SET resolved_first = resolved_first + excluded.resolved_first,
                          flag_known = flag_known + excluded.flag_known""", 2, false, false);
    private final RollupTable closuresByDay = new RollupTable("""
            INSERT INTO rollup_closure_day (day, district_code, category_code, resolved_first, flag_known)""", """
            ON CONFLICT (day, district_code, category_code)
            DO UPDATE SET resolved_first = resolved_first + excluded.resolved_first,
                          flag_known = flag_known + excluded.flag_known""", 2, false, false);
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
        for (RollupTable table : tables()) {
            if (table.keys() > keys) {
                anyDecrease |= table.writeOut(c, this::boxed);
            }
        }
    }

    private List<RollupTable> tables() {
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
        for (RollupTable table : tables()) {
            table.close();
        }
    }
}
