package org.rectify.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rebuilds the repeat-complaint flags and the daily roll-ups from the tickets (`check --rebuild`), in one
 * transaction. The flags come first: the roll-ups count them.
 */
public final class Rollups {

    /** The script that computes every repeat flag from the tickets. */
    private static final String REPEAT_FLAGS = "repeat_flags.sql";

    private static final String[] REBUILD = {
        "DELETE FROM recent_contacts", // the next import reads the window from the tickets again
        "DELETE FROM rollup_channel_day",
        "DELETE FROM rollup_channel_problem_month",
        "DELETE FROM rollup_closure",
        "DELETE FROM rollup_category_day",
        "DELETE FROM rollup_escalation_day",
        "DELETE FROM rollup_closure_day",
        "DELETE FROM rollup_problem_month",
        "DELETE FROM rollup_problem_week",
        // The ticket rows hold the codes already (NULL where the roll-ups hold the blank name's 0).
        """
        INSERT INTO rollup_channel_day (day, channel_code, category_code, escalation_code, tickets, repeats)
        SELECT date(created_at, 'unixepoch'), coalesce(channel_code, 0), coalesce(category_code, 0),
               coalesce(escalation_code, 0), count(*), sum(is_repeat)
        FROM ticket_row WHERE kind = 0 /* complaint */ GROUP BY 1, 2, 3, 4""",
        """
        INSERT INTO rollup_channel_problem_month (month, channel_code, problem_code, tickets)
        SELECT strftime('%Y-%m', created_at, 'unixepoch'), coalesce(channel_code, 0), coalesce(problem_code, 0), count(*)
        FROM ticket_row WHERE kind = 0 /* complaint */ GROUP BY 1, 2, 3""",
        """
        INSERT INTO rollup_closure (day, district_code, center_code, category_code, resolved_first, flag_known)
        SELECT date(closed_at, 'unixepoch'), district_code, coalesce(center_code, 0), coalesce(category_code, 0),
               count(CASE WHEN first_contact_resolved = 1 THEN 1 END), count(first_contact_resolved)
        FROM ticket_row WHERE kind = 0 /* complaint */ AND closed_at IS NOT NULL GROUP BY 1, 2, 3, 4""",
        """
        INSERT INTO rollup_category_day (day, district_code, category_code, tickets, repeats)
        SELECT date(created_at, 'unixepoch'), district_code, coalesce(category_code, 0), count(*), sum(is_repeat)
        FROM ticket_row WHERE kind = 0 /* complaint */ GROUP BY 1, 2, 3""",
        """
        INSERT INTO rollup_escalation_day (day, district_code, category_code, escalation_code, tickets)
        SELECT date(created_at, 'unixepoch'), district_code, coalesce(category_code, 0), escalation_code, count(*)
        FROM ticket_row WHERE kind = 0 /* complaint */ AND escalation_code <> 0 GROUP BY 1, 2, 3, 4""",
        """
        INSERT INTO rollup_problem_month (month, district_code, category_code, problem_code, tickets)
        SELECT strftime('%Y-%m', created_at, 'unixepoch'), district_code, coalesce(category_code, 0),
               coalesce(problem_code, 0), count(*)
        FROM ticket_row WHERE kind = 0 /* complaint */ GROUP BY 1, 2, 3, 4""",
        """
        INSERT INTO rollup_problem_week (week_start, district_code, category_code, problem_code, tickets)
        SELECT date(created_at - ((created_at / 86400 + 3) % 7) * 86400, 'unixepoch'), district_code,
               coalesce(category_code, 0), coalesce(problem_code, 0), count(*)
        FROM ticket_row WHERE kind = 0 /* complaint */ GROUP BY 1, 2, 3, 4""",
        """
        INSERT INTO rollup_closure_day (day, district_code, category_code, resolved_first, flag_known)
        SELECT day, district_code, category_code, sum(resolved_first), sum(flag_known) FROM rollup_closure GROUP BY 1, 2, 3"""
    };

    private final Store store;

    public Rollups(Store store) {
        this.store = store;
    }

    public void rebuild() {
        store.requireWriter();
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String sql : SqlScripts.statements(REPEAT_FLAGS)) {
                    st.executeUpdate(sql);
                }
                for (String sql : REBUILD) {
                    st.executeUpdate(sql);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot rebuild the roll-ups: " + e.getMessage(), e);
        }
    }
}
