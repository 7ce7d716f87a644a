package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The names complaints were filed under, read from the roll-ups (never the ticket rows): for the
 * filters' choices and the settings, and whether a category role is used at all.
 */
public final class StoredNames {

    private final Store store;

    StoredNames(Store store) {
        this.store = store;
    }

    /**
     * Whether any complaint in the store has a category of {@code role}: stops at the first one,
     * so it costs a scan only where the answer is no (an export of another operator).
     */
    public boolean hasCategoryOfRole(String role) {
        String sql = """
                SELECT EXISTS (SELECT 1 FROM rollup_problem_month
                               WHERE category_code IN (SELECT n.code FROM name_code n
                                                       JOIN category_role r ON r.category = n.name WHERE r.role = ?))""";
        try (Connection c = store.connectForReading(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, role);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot look for categories of role " + role + ": " + e.getMessage(), e);
        }
    }

    /** Every category complaints were filed under ('' for none), from the monthly roll-up. */
    public List<String> categories() {
        return texts("categories", "SELECT name FROM name_code WHERE code IN (SELECT category_code FROM rollup_problem_month)"
                + " ORDER BY 1");
    }

    /** Problem names of the complaints the store holds, the most frequent first (at most {@code limit}). */
    public List<String> problemNames(int limit) {
        return texts("problem names", "SELECT " + NameCodes.nameOf("problem_code") + " FROM rollup_problem_month"
                + " WHERE problem_code <> 0 GROUP BY problem_code ORDER BY sum(tickets) DESC, 1 LIMIT ?", limit);
    }

    /** Every escalation channel in the store's escalations or in a group, for the settings. */
    public List<String> escalationChannels() {
        return texts("escalation channels", """
                SELECT name FROM name_code WHERE code IN (SELECT escalation_code FROM rollup_escalation_day
                                                          WHERE escalation_code <> 0)
                UNION SELECT channel FROM escalation_group ORDER BY 1""");
    }

    /** The receiving channels of the complaints created after {@code day} (a range of the day-first channel roll-up). */
    public List<String> channelsAfter(java.time.LocalDate day) {
        return texts("channels", "SELECT name FROM name_code WHERE code IN"
                + " (SELECT channel_code FROM rollup_channel_day WHERE day > ? AND channel_code <> 0) ORDER BY 1", day.toString());
    }

    /** The first column of a query's rows; {@code what} names them in the failure. */
    private List<String> texts(String what, String sql, Object... parameters) {
        try (Connection c = store.connectForReading(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            List<String> names = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new StoreException("Cannot read " + what + ": " + e.getMessage(), e);
        }
    }
}
