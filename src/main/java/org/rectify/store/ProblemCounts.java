package org.rectify.store;

import static org.rectify.store.ScopedSql.MONTH_WHERE;
import static org.rectify.store.ScopedSql.WHERE;
import static org.rectify.store.ScopedSql.bind;
import static org.rectify.store.ScopedSql.channelFilter;

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
 * Complaints per problem over a date range and scope: whole months from the monthly roll-up, the days
 * before and after them from the fine daily one. A scope with a channel reads the fine roll-up alone
 * (the monthly one has no channel).
 */
final class ProblemCounts {

    private static final String NAME_AND_SUM = "SELECT " + NameCodes.nameOf("problem_code") + ", sum(tickets) FROM ";
    private static final String MONTHLY = NAME_AND_SUM + "rollup_problem_month" + MONTH_WHERE + " GROUP BY problem_code";

    private final Store store;

    ProblemCounts(Store store) {
        this.store = store;
    }

    Map<String, Long> of(DateRange range, Scope scope) {
        LocalDate firstWhole = range.start().getDayOfMonth() == 1 ? range.start()
                : range.start().withDayOfMonth(1).plusMonths(1);
        LocalDate endWhole = range.end().withDayOfMonth(1);
        Map<String, Long> counts = new LinkedHashMap<>();
        if (firstWhole.isBefore(endWhole) && scope.channel() == null) {
            merge(counts, read(MONTHLY, new DateRange(firstWhole, endWhole), scope, true));
            merge(counts, daily(new DateRange(range.start(), firstWhole), scope));
            merge(counts, daily(new DateRange(endWhole, range.end()), scope));
        } else {
            merge(counts, daily(range, scope));
        }
        return counts;
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
        return read(NAME_AND_SUM + "rollup_complaint" + WHERE + channelFilter(scope, "?5") + " GROUP BY problem_code",
                range, scope, false);
    }

    private Map<String, Long> read(String sql, DateRange range, Scope scope, boolean months) {
        try (Connection c = store.connectForReading(); PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, range, scope);
            if (months) {
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
