package org.rectify.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.rectify.domain.DateRange;
import org.rectify.domain.Scope;

/**
 * The fixed SQL fragments that restrict a roll-up query to a date range and a scope, and their binding:
 * clauses with no values in them, whatever the scope (a filter not given is switched off by its NULL).
 */
final class ScopedSql {

    private ScopedSql() {
    }

    /** The district (?3) and category (?4) filters, each switched off by its NULL. */
    private static final String DISTRICT_AND_CATEGORY = " AND (?3 IS NULL OR district_code = " + NameCodes.codeOf("?3")
            + ") AND (?4 IS NULL OR category_code = " + NameCodes.codeOf("?4") + ")";

    /** Filters with null parameters switched off; ?1 ?2 the days, ?3 district, ?4 category. */
    static final String WHERE = " WHERE day >= ?1 AND day < ?2" + DISTRICT_AND_CATEGORY;

    /** As {@link #WHERE} over the monthly roll-up: ?1 ?2 the months. */
    static final String MONTH_WHERE = " WHERE month >= ?1 AND month < ?2" + DISTRICT_AND_CATEGORY;

    /** The scope's filters alone: ?1 district, ?2 category. */
    static final String SCOPE_ONLY = " WHERE (?1 IS NULL OR district_code = " + NameCodes.codeOf("?1")
            + ") AND (?2 IS NULL OR category_code = " + NameCodes.codeOf("?2") + ")";

    /** Complaints by channel are only in the fine roll-up; everything else reads the coarse one. */
    static String table(Scope scope) {
        return scope.channel() == null ? "rollup_category_day" : "rollup_complaint";
    }

    /** A fixed clause (no values) that filters the fine roll-up by the channel bound at {@code parameter}. */
    static String channelFilter(Scope scope, String parameter) {
        return scope.channel() == null ? "" : " AND channel_code = " + NameCodes.codeOf(parameter);
    }

    /** Binds the days (?1, ?2), the district (?3), the category (?4) and, when asked for, the channel (?5). */
    static void bind(PreparedStatement st, DateRange range, Scope scope) throws SQLException {
        st.setString(1, range.start().toString());
        st.setString(2, range.end().toString());
        st.setString(3, scope.district());
        st.setString(4, scope.category());
        if (scope.channel() != null && st.getParameterMetaData().getParameterCount() >= 5) {
            st.setString(5, scope.channel());
        }
    }
}
