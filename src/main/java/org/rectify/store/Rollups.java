package org.rectify.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rebuilds the repeat-complaint flags and the daily roll-ups from the tickets (`check --rebuild`), in one
 * transaction. The flags come first: the roll-ups count them.
 */
public final class Rollups {

    /** The migration script that computes the repeat flags; it stays valid for any later schema. */
    private static final String REPEAT_FLAGS = "V10__repeat_flags.sql";

    private static final String[] REBUILD = {
        "DELETE FROM rollup_complaint",
        "DELETE FROM rollup_closure",
        "DELETE FROM rollup_category_day",
        "DELETE FROM rollup_escalation_day",
        "DELETE FROM rollup_closure_day",
        "DELETE FROM rollup_problem_month",
        """
        INSERT INTO rollup_complaint (day, district, category, problem, channel, escalation_channel, tickets, repeats)
        SELECT substr(created_at, 1, 10), district, coalesce(category, ''), coalesce(problem, ''), coalesce(channel, ''),
               coalesce(escalation_channel, ''), count(*), sum(is_repeat)
        FROM ticket WHERE kind = 'complaint' GROUP BY 1, 2, 3, 4, 5, 6""",
        """
        INSERT INTO rollup_closure (day, district, service_center, category, resolved_first, flag_known)
        SELECT substr(closed_at, 1, 10), district, coalesce(service_center, ''), coalesce(category, ''),
               count(CASE WHEN first_contact_resolved = 1 THEN 1 END), count(first_contact_resolved)
        FROM ticket WHERE kind = 'complaint' AND closed_at IS NOT NULL GROUP BY 1, 2, 3, 4""",
        """
        INSERT INTO rollup_category_day (day, district, category, tickets, repeats)
        SELECT day, district, category, sum(tickets), sum(repeats) FROM rollup_complaint GROUP BY 1, 2, 3""",
        """
        INSERT INTO rollup_escalation_day (day, district, category, escalation_channel, tickets)
        SELECT day, district, category, escalation_channel, sum(tickets) FROM rollup_complaint
        WHERE escalation_channel <> '' GROUP BY 1, 2, 3, 4""",
        """
        INSERT INTO rollup_problem_month (month, district, category, problem, tickets)
        SELECT substr(day, 1, 7), district, category, problem, sum(tickets) FROM rollup_complaint GROUP BY 1, 2, 3, 4""",
        """
        INSERT INTO rollup_closure_day (day, district, category, resolved_first, flag_known)
        SELECT day, district, category, sum(resolved_first), sum(flag_known) FROM rollup_closure GROUP BY 1, 2, 3"""
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
