package org.rectify.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.rectify.domain.DateRange;
import org.rectify.domain.Scope;

/**
 * Where the complaints of a scope are summed by day: the day-and-category roll-up without a channel, the
 * channel roll-up for a channel (alone or with a category), and the tickets' time index for a channel
 * within a district — the one scope no saturating roll-up holds, and a narrow one: SQLite filters the
 * index's entries by their codes and fetches the ticket row (for its repeat flag) of the matching ones
 * alone. Every statement is fixed text: ?1 ?2 the range, ?3 district, ?4 category, ?5 channel.
 */
enum ComplaintSource {
    CATEGORY_DAY("rollup_category_day", ScopedSql.WHERE),
    CHANNEL_DAY("rollup_channel_day", " WHERE day >= ?1 AND day < ?2 AND (?4 IS NULL OR category_code = "
            + NameCodes.codeOf("?4") + ") AND channel_code = " + NameCodes.codeOf("?5")),
    TICKETS("ticket_row", ScopedSql.TICKET_WHERE + " AND coalesce(channel_code, 0) = " + NameCodes.codeOf("?5"));

    private final String table;
    private final String where;

    ComplaintSource(String table, String where) {
        this.table = table;
        this.where = where;
    }

    static ComplaintSource of(Scope scope) {
        if (scope.channel() == null) {
            return CATEGORY_DAY;
        }
        return scope.district() == null ? CHANNEL_DAY : TICKETS;
    }

    /** Per day (a text) and category: complaints and repeat complaints, in day order. */
    String categories() {
        if (this == TICKETS) {
            return "SELECT date(created_at, 'unixepoch'), " + NameCodes.nameOf("coalesce(category_code, 0)")
                    + ", count(*), sum(is_repeat) FROM ticket_row" + where
                    + " GROUP BY created_at / 86400, coalesce(category_code, 0) ORDER BY created_at / 86400";
        }
        return "SELECT day, " + NameCodes.nameOf("category_code") + ", sum(tickets), sum(repeats) FROM " + table + where
                + " GROUP BY day, category_code ORDER BY 1";
    }

    /** Per day and escalation channel: escalated complaints (and a 0 for the repeats), in day order. */
    String escalations() {
        if (this == TICKETS) {
            return "SELECT date(created_at, 'unixepoch'), " + NameCodes.nameOf("escalation_code") + ", count(*), 0"
                    + " FROM ticket_row" + where + " AND escalation_code <> 0"
                    + " GROUP BY created_at / 86400, escalation_code ORDER BY created_at / 86400";
        }
        String from = this == CATEGORY_DAY ? "rollup_escalation_day" + where : table + where + " AND escalation_code <> 0";
        return "SELECT day, " + NameCodes.nameOf("escalation_code") + ", sum(tickets), 0 FROM " + from
                + " GROUP BY day, escalation_code ORDER BY 1";
    }

    /**
     * The first or last day with a complaint in the scope, walking the day-first key (or the time index)
     * from that end: the first matching row is the answer. Binds as {@link ScopedSql#bindScope}: ?3 ?4 ?5.
     */
    String edgeDay(boolean last) {
        String order = last ? " DESC" : "";
        if (this == TICKETS) {
            return "SELECT date(created_at, 'unixepoch') FROM ticket_row WHERE kind = 0 /* complaint */"
                    + " AND district_code = " + NameCodes.codeOf("?3") + " AND (?4 IS NULL OR coalesce(category_code, 0) = "
                    + NameCodes.codeOf("?4") + ") AND coalesce(channel_code, 0) = " + NameCodes.codeOf("?5")
                    + " ORDER BY created_at" + order + " LIMIT 1";
        }
        String scope = this == CATEGORY_DAY
                ? " WHERE (?3 IS NULL OR district_code = " + NameCodes.codeOf("?3") + ")"
                : " WHERE channel_code = " + NameCodes.codeOf("?5");
        return "SELECT day FROM " + table + scope + " AND (?4 IS NULL OR category_code = " + NameCodes.codeOf("?4") + ")"
                + " ORDER BY day" + order + " LIMIT 1";
    }

    /**
     * Binds the range (days, or seconds for the tickets) and the scope: parameters a statement leaves out
     * below its highest are bound too, and SQLite ignores them.
     */
    void bind(PreparedStatement st, DateRange range, Scope scope) throws SQLException {
        if (this == TICKETS) {
            ScopedSql.bindTimes(st, range, scope);
        } else {
            ScopedSql.bind(st, range, scope);
        }
    }
}
