package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rectify.domain.DateRange;
import org.rectify.domain.ProblemNames;
import org.rectify.domain.Ticket;
import org.rectify.domain.Timestamps;

/**
 * What the checklist rules read from the data: weekly complaint counts per problem slice, the
 * complaints that must be analysed one by one, and subscribers' complaints around a date.
 */
public final class ChecklistData {

    /** Complaints of one problem slice (district, category, problem) in a range. */
    public record SliceCount(String district, String category, String problem, long complaints) {
    }

    /** Complaints of one slice on one day. */
    public record SliceDay(LocalDate day, String district, String category, String problem, long complaints) {
    }

    /** A complaint with a subscriber: when, who, which ticket. */
    public record Contact(LocalDateTime createdAt, String subscriber, String ticketId) {
    }

    // The slices of whole ISO weeks come from the weekly roll-up; days that do not fill a week from the
    // tickets' time index, which carries the codes read here (v21): a range of it, no ticket row read. A
    // blank name is NULL in a ticket row and code 0 (the blank name) in the roll-ups: coalesced, a blank
    // category is a slice of its own and a blank problem none.
    private static final String WEEK_SLICES = "SELECT " + NameCodes.nameOf("district_code") + ", "
            + NameCodes.nameOf("category_code") + ", " + NameCodes.nameOf("problem_code") + ", sum(tickets)"
            + " FROM rollup_problem_week WHERE week_start >= ?1 AND week_start < ?2 AND (?3 IS NULL OR district_code = "
            + NameCodes.codeOf("?3") + ") AND problem_code <> 0 GROUP BY district_code, category_code, problem_code";
    static final String DAY_SLICES = "SELECT " + NameCodes.nameOf("district_code") + ", "
            + NameCodes.nameOf("coalesce(category_code, 0)") + ", " + NameCodes.nameOf("problem_code") + ", count(*)"
            + " FROM ticket_row WHERE created_at >= ?1 AND created_at < ?2 AND kind = 0 /* complaint */"
            + " AND (?3 IS NULL OR district_code = " + NameCodes.codeOf("?3") + ") AND coalesce(problem_code, 0) <> 0"
            + " GROUP BY district_code, coalesce(category_code, 0), problem_code";
    // Only the slices of done problem items: one pass over the range, each complaint's codes looked up among
    // the slices' (row values IN a subquery: SQLite keeps them in a temporary index), counted per code, and
    // the counts named by the items' own spellings at the end.
    static final String DONE_SLICE_DAYS = """
            WITH item AS (SELECT DISTINCT district, category, problem FROM checklist_item
                          WHERE kind = 'problem' AND status IN ('awaiting_verification', 'signed_off')),
                 slice AS (SELECT d.code AS district_code, c.code AS category_code, p.code AS problem_code,
                                  item.district, item.category, item.problem
                           FROM item JOIN name_code d ON d.name = item.district JOIN name_code c ON c.name = item.category
                           JOIN name_code p ON lower(p.name) = lower(item.problem)
                           WHERE p.code <> 0),
                 counted AS (SELECT created_at / 86400 AS day, district_code, coalesce(category_code, 0) AS category_code,
                                    problem_code, count(*) AS complaints
                             FROM ticket_row
                             WHERE created_at >= ?1 AND created_at < ?2 AND kind = 0 /* complaint */
                               AND (district_code, coalesce(category_code, 0), problem_code)
                                   IN (SELECT district_code, category_code, problem_code FROM slice)
                             GROUP BY 1, 2, 3, 4)
            SELECT counted.day, slice.district, slice.category, slice.problem, sum(counted.complaints)
            FROM counted JOIN slice ON slice.district_code = counted.district_code
                                   AND slice.category_code = counted.category_code
                                   AND slice.problem_code = counted.problem_code
            GROUP BY counted.day, slice.district, slice.category, slice.problem""";
    private static final String DONE_TICKET_CONTACTS = """
            SELECT created_at, subscriber, ticket_id FROM ticket_row
            WHERE created_at >= ?1 AND created_at < ?2 AND kind = 0 /* complaint */
              AND subscriber IN (SELECT subscriber FROM checklist_item WHERE kind = 'ticket'
                                 AND status IN ('awaiting_verification', 'signed_off'))
            ORDER BY created_at, ticket_id""";
    static final String SLICE_DAYS = "SELECT created_at / 86400, count(*) FROM ticket_row"
            + " WHERE created_at >= ?1 AND created_at < ?2 AND kind = 0 /* complaint */"
            + " AND district_code = " + NameCodes.codeOf("?3") + " AND coalesce(category_code, 0) = " + NameCodes.codeOf("?4")
            + " AND coalesce(problem_code, 0) IN (SELECT code FROM name_code WHERE lower(name) = lower(?5)) GROUP BY 1";
    // The rules are rows of checklist_rule, so the statement never changes with them.
    private static final String MUST_ANALYSE = "SELECT " + TicketColumns.SELECT + " FROM ticket_row "
            + """
             WHERE kind = 0 /* complaint */ AND created_at >= ?1 AND created_at < ?2
               AND (category_code IN (SELECT n.code FROM name_code n JOIN checklist_rule r ON r.value = n.name
                                      WHERE r.rule = 'category')
                 OR problem_code IN (SELECT n.code FROM name_code n JOIN checklist_rule r ON r.value = n.name
                                     WHERE r.rule = 'problem')
                 OR (escalation_code IN (SELECT n.code FROM name_code n JOIN escalation_group g ON g.channel = n.name
                                         WHERE g.group_name = 'regulator')
                     AND EXISTS (SELECT 1 FROM checklist_rule WHERE rule = 'regulator')))"""
            + " AND (?3 IS NULL OR district_code = " + NameCodes.codeOf("?3") + ") ORDER BY created_at, ticket_id";
    private static final String CONTACTS = """
            SELECT created_at, subscriber, ticket_id FROM ticket_row
            WHERE created_at >= ?1 AND created_at < ?2 AND kind = 0 /* complaint */
              AND subscriber IS NOT NULL AND subscriber <> ''
            ORDER BY created_at, ticket_id""";
    private final Store store;

    public ChecklistData(Store store) {
        this.store = store;
    }

    /**
     * Complaints per problem slice in the range, of one district or all (null); slices without a problem
     * left out. The spellings of one problem are one slice under the most used of them, as in the TOP
     * list ({@link ProblemNames}).
     */
    public List<SliceCount> slices(DateRange range, String district) {
        WeekSplit split = WeekSplit.of(range);
        Map<List<String>, Map<String, Long>> spellings = new LinkedHashMap<>();
        try (Connection c = store.connectForReading()) {
            if (split.weeks() != null) {
                try (PreparedStatement st = c.prepareStatement(WEEK_SLICES)) {
                    st.setString(1, split.weeks().start().toString());
                    st.setString(2, split.weeks().end().toString());
                    st.setString(3, district);
                    addSlices(st, spellings);
                }
            }
            for (DateRange days : split.days()) {
                try (PreparedStatement st = c.prepareStatement(DAY_SLICES)) {
                    bindRange(st, days);
                    st.setString(3, district);
                    addSlices(st, spellings);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot count complaints per problem: " + e.getMessage(), e);
        }
        List<SliceCount> rows = new ArrayList<>();
        spellings.forEach((districtAndCategory, counts) -> ProblemNames.merge(counts).forEach((problem, n) ->
                rows.add(new SliceCount(districtAndCategory.get(0), districtAndCategory.get(1), problem, n))));
        return rows;
    }

    /** Adds a slice query's counts: (district, category) → problem spelling → complaints. */
    private static void addSlices(PreparedStatement st, Map<List<String>, Map<String, Long>> spellings)
            throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                spellings.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new LinkedHashMap<>())
                        .merge(rs.getString(3), rs.getLong(4), Long::sum);
            }
        }
    }

    /** Complaints per day in the range of every slice a done problem item watches: one read for a week's items. */
    public List<SliceDay> doneSliceDays(DateRange range) {
        try (Connection c = store.connectForReading(); PreparedStatement st = c.prepareStatement(DONE_SLICE_DAYS)) {
            bindRange(st, range);
            try (ResultSet rs = st.executeQuery()) {
                List<SliceDay> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new SliceDay(LocalDate.ofEpochDay(rs.getLong(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getLong(5)));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot count complaints per problem and day: " + e.getMessage(), e);
        }
    }

    /** Complaints of one slice per day in the range (days without any are absent): an item's trend. */
    public java.util.Map<LocalDate, Long> sliceDays(DateRange range, String district, String category, String problem) {
        try (Connection c = store.connectForReading(); PreparedStatement st = c.prepareStatement(SLICE_DAYS)) {
            bindRange(st, range);
            st.setString(3, district);
            st.setString(4, category == null ? "" : category);
            st.setString(5, problem == null ? "" : problem);
            try (ResultSet rs = st.executeQuery()) {
                java.util.Map<LocalDate, Long> days = new java.util.HashMap<>();
                while (rs.next()) {
                    days.put(LocalDate.ofEpochDay(rs.getLong(1)), rs.getLong(2));
                }
                return days;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot count complaints of " + problem + ": " + e.getMessage(), e);
        }
    }

    /** Complaints created in the range that a category, problem or regulator rule says must be analysed. */
    public List<Ticket> mustAnalyse(DateRange range, String district) {
        try (Connection c = store.connectForReading(); PreparedStatement st = c.prepareStatement(MUST_ANALYSE)) {
            bindRange(st, range);
            st.setString(3, district);
            try (ResultSet rs = st.executeQuery()) {
                List<Ticket> tickets = new ArrayList<>();
                while (rs.next()) {
                    tickets.add(TicketColumns.read(rs));
                }
                return tickets;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the complaints to analyse: " + e.getMessage(), e);
        }
    }

    /** Binds the range's first and end instants in seconds (?1, ?2): the tickets' times. */
    private static void bindRange(PreparedStatement st, DateRange range) throws SQLException {
        st.setLong(1, TicketColumns.seconds(range.start().atStartOfDay()));
        st.setLong(2, TicketColumns.seconds(range.end().atStartOfDay()));
    }

    /** Every complaint with a subscriber created in [from, to), in time order. */
    public List<Contact> contacts(LocalDateTime from, LocalDateTime to) {
        return contacts(CONTACTS, from, to);
    }

    /** The complaints in [from, to) of the subscribers of done ticket items, in time order. */
    public List<Contact> doneTicketContacts(LocalDateTime from, LocalDateTime to) {
        return contacts(DONE_TICKET_CONTACTS, from, to);
    }

    private List<Contact> contacts(String sql, LocalDateTime from, LocalDateTime to) {
        try (Connection c = store.connectForReading(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, TicketColumns.seconds(from));
            st.setLong(2, TicketColumns.seconds(to));
            try (ResultSet rs = st.executeQuery()) {
                List<Contact> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Contact(TicketColumns.time(rs.getLong(1)), rs.getString(2), rs.getString(3)));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read subscribers' complaints: " + e.getMessage(), e);
        }
    }
}
