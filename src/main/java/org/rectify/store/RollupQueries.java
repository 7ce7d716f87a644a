package org.rectify.store;

import static org.rectify.store.ScopedSql.WHERE;
import static org.rectify.store.ScopedSql.bind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rectify.domain.DateRange;
import org.rectify.domain.Scope;

/**
 * Sums over the daily roll-ups for a date range and scope. Every query reads roll-up rows of the
 * days asked for only, so its cost follows the period, not the history.
 */
public final class RollupQueries {

    private final Store store;

    public RollupQueries(Store store) {
        this.store = store;
    }

    /**
     * Runs {@code work} with one connection and one read transaction for all its queries (see
     * {@link Store#inOneRead}): what one screen or report shows comes from one state of the store.
     */
    public <T> T inOneRead(java.util.function.Supplier<T> work) {
        return store.inOneRead(work);
    }

    /** The names the roll-ups hold: categories, problems, escalation channels. */
    public StoredNames names() {
        return new StoredNames(store);
    }

    /** The latest day with a complaint in the scope: the as-of date of DESIGN section 4. */
    public Optional<LocalDate> asOf(Scope scope) {
        return edgeDay(scope, true);
    }

    /** The earliest day with a complaint in the scope: before it the store has no data (not zero complaints). */
    public Optional<LocalDate> firstDay(Scope scope) {
        return edgeDay(scope, false);
    }

    private Optional<LocalDate> edgeDay(Scope scope, boolean last) {
        ComplaintSource source = ComplaintSource.of(scope);
        try (Connection c = store.connectForReading(); PreparedStatement st = c.prepareStatement(source.edgeDay(last))) {
            ScopedSql.bindScope(st, scope);
            try (ResultSet rs = st.executeQuery()) {
                String day = rs.next() ? rs.getString(1) : null;
                return Optional.ofNullable(day).map(LocalDate::parse);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the as-of date: " + e.getMessage(), e);
        }
    }

    /** The coarse daily rows of the range: what every KPI but the TOP problem share is summed from. */
    public DailyFacts dailyFacts(DateRange range, Scope scope) {
        return dailyFacts(range, scope, true, true);
    }

    /**
     * As {@link #dailyFacts(DateRange, Scope)}, leaving out the escalation or closure rows when no
     * wanted metric needs them (a trend of complaints reads neither).
     */
    public DailyFacts dailyFacts(DateRange range, Scope scope, boolean withEscalations, boolean withClosures) {
        boolean byChannel = scope.channel() != null;
        ComplaintSource source = ComplaintSource.of(scope);
        String closures = "SELECT day, sum(resolved_first), sum(flag_known) FROM rollup_closure_day" + WHERE
                + " GROUP BY 1 ORDER BY 1";
        try (Connection c = store.connectForReading()) {
            List<DailyFacts.Closures> closed = new ArrayList<>();
            // closures are not kept per channel: a channel scope has none to read
            try (PreparedStatement st = c.prepareStatement(byChannel || !withClosures ? closures + " LIMIT 0" : closures)) {
                bind(st, range, scope);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        closed.add(new DailyFacts.Closures(LocalDate.parse(rs.getString(1)), rs.getLong(2), rs.getLong(3)));
                    }
                }
            }
            return new DailyFacts(dayRows(c, source, source.categories(), range, scope),
                    withEscalations ? dayRows(c, source, source.escalations(), range, scope) : List.of(), closed);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the daily roll-ups: " + e.getMessage(), e);
        }
    }

    private static List<DailyFacts.Complaints> dayRows(Connection c, ComplaintSource source, String sql, DateRange range,
            Scope scope) throws SQLException {
        List<DailyFacts.Complaints> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            source.bind(st, range, scope);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new DailyFacts.Complaints(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getLong(3),
                            rs.getLong(4)));
                }
            }
        }
        return rows;
    }

    /** Complaints per problem in the range: whole months from the monthly roll-up, the days at the edges from the tickets' time index. */
    public Map<String, Long> problems(DateRange range, Scope scope) {
        return new ProblemCounts(store).of(range, scope);
    }

    /**
     * Each whole month's problem counts from {@code from} to {@code until} (exclusive) for a scope without a
     * channel, from one read (a dashboard's twelve-month sparklines and the year before: 24 reads otherwise).
     */
    public Map<YearMonth, Map<String, Long>> problemsByMonth(YearMonth from, YearMonth until, Scope scope) {
        return new ProblemCounts(store).byMonth(from, until, scope);
    }

    /** Closures in the range per district or per service center: name → {resolved at first contact, flag known}. */
    public Map<String, long[]> closuresBy(ClosureUnit unit, DateRange range, Scope scope) {
        String sql = "SELECT " + unit.expression + ", sum(resolved_first), sum(flag_known) FROM rollup_closure" + WHERE
                + " GROUP BY " + unit.codes + " ORDER BY 1";
        try (Connection c = store.connectForReading(); PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, range, scope);
            Map<String, long[]> sums = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sums.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
            return sums;
        } catch (SQLException e) {
            throw new StoreException("Cannot read closures: " + e.getMessage(), e);
        }
    }

    /** The units QC tiers are given to (fixed expressions, never user input). */
    public enum ClosureUnit {
        DISTRICT(NameCodes.nameOf("district_code"), "district_code"),
        SERVICE_CENTER(NameCodes.nameOf("district_code") + " || '/' || " + NameCodes.nameOf("center_code"),
                "district_code, center_code");

        private final String expression;
        private final String codes;

        ClosureUnit(String expression, String codes) {
            this.expression = expression;
            this.codes = codes;
        }
    }

    /** All complaints the store holds per category, for an order of categories that stays the same from period to period. */
    public Map<String, Long> complaintsByCategoryAllTime() {
        String sql = "SELECT " + NameCodes.nameOf("category_code") + ", sum(tickets) FROM rollup_problem_month"
                + " GROUP BY category_code";
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = store.connectForReading(); PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreException("Cannot read complaints by category: " + e.getMessage(), e);
        }
    }

    /** Complaints in the range per district and category: district → category → count. */
    public Map<String, Map<String, Long>> complaintsByDistrictAndCategory(DateRange range) {
        String sql = "SELECT " + NameCodes.nameOf("district_code") + ", " + NameCodes.nameOf("category_code")
                + ", sum(tickets) FROM rollup_category_day WHERE day >= ? AND day < ? GROUP BY district_code, category_code";
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        try (Connection c = store.connectForReading(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, range.start().toString());
            st.setString(2, range.end().toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    counts.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreException("Cannot read complaints by district and category: " + e.getMessage(), e);
        }
    }

    /** Subscribers by month and district for the months of the range. */
    public Map<YearMonth, Map<String, Long>> subscribers(YearMonth from, YearMonth to) {
        String sql = "SELECT month, district, subscribers FROM subscriber_count WHERE month >= ? AND month <= ?";
        Map<YearMonth, Map<String, Long>> counts = new LinkedHashMap<>();
        try (Connection c = store.connectForReading(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, from.toString());
            st.setString(2, to.toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    counts.computeIfAbsent(YearMonth.parse(rs.getString(1)), m -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreException("Cannot read subscriber counts: " + e.getMessage(), e);
        }
    }

    /** The receiving channels of the last 90 days of complaints (a range of the day-first channel roll-up). */
    public List<String> recentChannels() {
        Optional<LocalDate> last = asOf(Scope.ALL);
        return last.isEmpty() ? List.of() : names().channelsAfter(last.get().minusDays(90));
    }
}
