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

    /** As {@link #WHERE} over the weekly roll-up: ?1 ?2 the Mondays of the first week and of the week after the last. */
    static final String WEEK_WHERE = " WHERE week_start >= ?1 AND week_start < ?2" + DISTRICT_AND_CATEGORY;

    /** As {@link #WHERE} over the monthly roll-up: ?1 ?2 the months. */
    static final String MONTH_WHERE = " WHERE month >= ?1 AND month < ?2" + DISTRICT_AND_CATEGORY;

    /**
     * As {@link #WHERE} over the tickets' time index (which carries these codes, v21): ?1 ?2 the times in
     * seconds, complaints only. A blank name is NULL in a ticket row and 0 in the roll-ups: coalesced, a
     * blank category filters as it does there.
     */
    static final String TICKET_WHERE = " WHERE created_at >= ?1 AND created_at < ?2 AND kind = 0 /* complaint */"
            + " AND (?3 IS NULL OR district_code = " + NameCodes.codeOf("?3") + ") AND (?4 IS NULL OR coalesce(category_code, 0) = "
            + NameCodes.codeOf("?4") + ")";

    /** A fixed clause (no values) that filters tickets by the channel bound at {@code parameter}. */
    static String ticketChannelFilter(Scope scope, String parameter) {
        return scope.channel() == null ? "" : " AND coalesce(channel_code, 0) = " + NameCodes.codeOf(parameter);
    }

    /** Binds the days (?1, ?2), the district (?3), the category (?4) and, when asked for, the channel (?5). */
    static void bind(PreparedStatement st, DateRange range, Scope scope) throws SQLException {
        st.setString(1, range.start().toString());
        st.setString(2, range.end().toString());
        bindScope(st, scope);
    }

    /** As {@link #bind} for {@link #TICKET_WHERE}: the range's first and end instants in seconds. */
    static void bindTimes(PreparedStatement st, DateRange range, Scope scope) throws SQLException {
        st.setLong(1, TicketColumns.seconds(range.start().atStartOfDay()));
        st.setLong(2, TicketColumns.seconds(range.end().atStartOfDay()));
        bindScope(st, scope);
    }

    /** Binds the district (?3), the category (?4) and, when the statement has it, the channel (?5). */
    static void bindScope(PreparedStatement st, Scope scope) throws SQLException {
        st.setString(3, scope.district());
        st.setString(4, scope.category());
        if (scope.channel() != null && st.getParameterMetaData().getParameterCount() >= 5) {
            st.setString(5, scope.channel());
        }
    }
}
