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
        "DELETE FROM rollup_complaint",
        "DELETE FROM rollup_closure",
        "DELETE FROM rollup_category_day",
        "DELETE FROM rollup_escalation_day",
        "DELETE FROM rollup_closure_day",
        "DELETE FROM rollup_problem_month",
        // Every name the roll-ups will hold gets a code; codes already given stay.
        """
        INSERT INTO name_code (name)
        SELECT name FROM (SELECT district AS name FROM ticket UNION SELECT category FROM ticket
                          UNION SELECT problem FROM ticket UNION SELECT channel FROM ticket
                          UNION SELECT escalation_channel FROM ticket UNION SELECT service_center FROM ticket) AS names
        WHERE name IS NOT NULL AND name <> ''
        ON CONFLICT (name) DO NOTHING""",
        """
        INSERT INTO rollup_complaint (day, district_code, category_code, problem_code, channel_code, escalation_code,
                                      tickets, repeats)
        SELECT g.day, d.code, c.code, p.code, ch.code, e.code, g.tickets, g.repeats
        FROM (SELECT substr(created_at, 1, 10) AS day, district, coalesce(category, '') AS category,
                     coalesce(problem, '') AS problem, coalesce(channel, '') AS channel,
                     coalesce(escalation_channel, '') AS escalation_channel, count(*) AS tickets, sum(is_repeat) AS repeats
              FROM ticket WHERE kind = 'complaint' GROUP BY 1, 2, 3, 4, 5, 6) AS g
        JOIN name_code d ON d.name = g.district JOIN name_code c ON c.name = g.category
        JOIN name_code p ON p.name = g.problem JOIN name_code ch ON ch.name = g.channel
        JOIN name_code e ON e.name = g.escalation_channel""",
        """
        INSERT INTO rollup_closure (day, district_code, center_code, category_code, resolved_first, flag_known)
        SELECT g.day, d.code, s.code, c.code, g.resolved_first, g.flag_known
        FROM (SELECT substr(closed_at, 1, 10) AS day, district, coalesce(service_center, '') AS service_center,
                     coalesce(category, '') AS category, count(CASE WHEN first_contact_resolved = 1 THEN 1 END) AS resolved_first,
                     count(first_contact_resolved) AS flag_known
              FROM ticket WHERE kind = 'complaint' AND closed_at IS NOT NULL GROUP BY 1, 2, 3, 4) AS g
        JOIN name_code d ON d.name = g.district JOIN name_code s ON s.name = g.service_center
        JOIN name_code c ON c.name = g.category""",
        """
        INSERT INTO rollup_category_day (day, district_code, category_code, tickets, repeats)
        SELECT day, district_code, category_code, sum(tickets), sum(repeats) FROM rollup_complaint GROUP BY 1, 2, 3""",
        """
        INSERT INTO rollup_escalation_day (day, district_code, category_code, escalation_code, tickets)
        SELECT day, district_code, category_code, escalation_code, sum(tickets) FROM rollup_complaint
        WHERE escalation_code <> 0 GROUP BY 1, 2, 3, 4""",
        """
        INSERT INTO rollup_problem_month (month, district_code, category_code, problem_code, tickets)
        SELECT substr(day, 1, 7), district_code, category_code, problem_code, sum(tickets) FROM rollup_complaint
        GROUP BY 1, 2, 3, 4""",
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
