package org.rectify.store;

import static org.rectify.store.ScopedSql.MONTH_WHERE;
import static org.rectify.store.ScopedSql.TICKET_WHERE;
import static org.rectify.store.ScopedSql.WEEK_WHERE;
import static org.rectify.store.ScopedSql.bind;
import static org.rectify.store.ScopedSql.bindTimes;
import static org.rectify.store.ScopedSql.ticketChannelFilter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rectify.domain.DateRange;
import org.rectify.domain.Scope;

/**
 * Complaints per problem over a date range and scope: whole months from the monthly roll-up, whole ISO
 * weeks of what is left from the weekly one, the days before and after them from the tickets' time index,
 * which carries the codes read here (v21) so that no ticket row is read. A channel alone reads its whole
 * months from the channel's monthly roll-up and the rest from the index; a channel with a district or a
 * category reads the index alone (a narrow scope: few entries of the range match).
 */
final class ProblemCounts {

    private static final String NAME_AND_SUM = "SELECT " + NameCodes.nameOf("problem_code") + ", sum(tickets) FROM ";
    private static final String MONTHLY = NAME_AND_SUM + "rollup_problem_month" + MONTH_WHERE + " GROUP BY problem_code";
    private static final String WEEKLY = NAME_AND_SUM + "rollup_problem_week" + WEEK_WHERE + " GROUP BY problem_code";
    private static final String CHANNEL_MONTHLY = NAME_AND_SUM + "rollup_channel_problem_month"
            + " WHERE month >= ?1 AND month < ?2 AND channel_code = " + NameCodes.codeOf("?5") + " GROUP BY problem_code";
    /** A blank problem is NULL in a ticket row, 0 in the roll-ups: coalesced, both read as the blank name. */
    private static final String DAILY = "SELECT " + NameCodes.nameOf("coalesce(problem_code, 0)") + ", count(*) FROM ticket_row"
            + TICKET_WHERE;

    private final Store store;

    ProblemCounts(Store store) {
        this.store = store;
    }

    Map<String, Long> of(DateRange range, Scope scope) {
        LocalDate firstWhole = range.start().getDayOfMonth() == 1 ? range.start()
                : range.start().withDayOfMonth(1).plusMonths(1);
        LocalDate endWhole = range.end().withDayOfMonth(1);
        Map<String, Long> counts = new LinkedHashMap<>();
        boolean channelAlone = scope.channel() != null && scope.district() == null && scope.category() == null;
        if (channelAlone && firstWhole.isBefore(endWhole)) {
            merge(counts, read(CHANNEL_MONTHLY, new DateRange(firstWhole, endWhole), scope, Bounds.MONTHS));
            merge(counts, daily(new DateRange(range.start(), firstWhole), scope));
            merge(counts, daily(new DateRange(endWhole, range.end()), scope));
        } else if (scope.channel() != null) {
            merge(counts, daily(range, scope));
        } else if (firstWhole.isBefore(endWhole)) {
            merge(counts, read(MONTHLY, new DateRange(firstWhole, endWhole), scope, Bounds.MONTHS));
            addWeeksAndDays(counts, new DateRange(range.start(), firstWhole), scope);
            addWeeksAndDays(counts, new DateRange(endWhole, range.end()), scope);
        } else {
            addWeeksAndDays(counts, range, scope);
        }
        return counts;
    }

    private void addWeeksAndDays(Map<String, Long> counts, DateRange range, Scope scope) {
        WeekSplit split = WeekSplit.of(range);
        if (split.weeks() != null) {
            merge(counts, read(WEEKLY, split.weeks(), scope, Bounds.DAYS));
        }
        for (DateRange days : split.days()) {
            merge(counts, daily(days, scope));
        }
    }

    /**
     * Each whole month's problem counts from {@code from} to {@code until} (exclusive) for a scope without a
     * channel — what {@link #of} gives for each of those months — from one read of the monthly roll-up
     * instead of one a month. A month without complaints is there, empty.
     */
    Map<YearMonth, Map<String, Long>> byMonth(YearMonth from, YearMonth until, Scope scope) {
        if (scope.channel() != null) {
            throw new IllegalArgumentException("the monthly roll-up has no channel");
        }
        Map<YearMonth, Map<String, Long>> months = new LinkedHashMap<>();
        for (YearMonth m = from; m.isBefore(until); m = m.plusMonths(1)) {
            months.put(m, new LinkedHashMap<>());
        }
        String sql = "SELECT month, " + NameCodes.nameOf("problem_code") + ", sum(tickets) FROM rollup_problem_month"
                + MONTH_WHERE + " GROUP BY month, problem_code ORDER BY month, problem_code";
        try (Connection c = store.connectForReading(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, from.toString());
            st.setString(2, until.toString());
            st.setString(3, scope.district());
            st.setString(4, scope.category());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    months.get(YearMonth.parse(rs.getString(1))).put(rs.getString(2), rs.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the problems per month: " + e.getMessage(), e);
        }
        return months;
    }

    private Map<String, Long> daily(DateRange range, Scope scope) {
        if (range.days() <= 0) {
            return Map.of();
        }
        return read(dailySql(scope), range, scope, Bounds.SECONDS);
    }

    /** The read of the days from the tickets' time index: ?1 ?2 seconds, ?3 district, ?4 category, ?5 channel. */
    static String dailySql(Scope scope) {
        return DAILY + ticketChannelFilter(scope, "?5") + " GROUP BY coalesce(problem_code, 0)";
    }

    /** How a query names the ends of its range: months, days (or Mondays), or the tickets' seconds. */
    private enum Bounds { MONTHS, DAYS, SECONDS }

    private Map<String, Long> read(String sql, DateRange range, Scope scope, Bounds bounds) {
        try (Connection c = store.connectForReading(); PreparedStatement st = c.prepareStatement(sql)) {
            if (bounds == Bounds.SECONDS) {
                bindTimes(st, range, scope);
            } else {
                bind(st, range, scope);
            }
            if (bounds == Bounds.MONTHS) {
                st.setString(1, YearMonth.from(range.start()).toString());
                st.setString(2, YearMonth.from(range.end()).toString());
            }
            Map<String, Long> sums = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sums.put(rs.getString(1), rs.getLong(2));
                }
            }
            return sums;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the complaints per problem: " + e.getMessage(), e);
        }
    }

    private static void merge(Map<String, Long> into, Map<String, Long> from) {
        from.forEach((k, v) -> into.merge(k, v, Long::sum));
    }
}
