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

    private static final String SLICES = "SELECT " + NameCodes.nameOf("district_code") + ", "
            + NameCodes.nameOf("category_code") + ", " + NameCodes.nameOf("problem_code") + ", sum(tickets)"
            + " FROM rollup_complaint WHERE day >= ?1 AND day < ?2 AND (?3 IS NULL OR district_code = "
            + NameCodes.codeOf("?3") + ") AND problem_code <> 0 GROUP BY district_code, category_code, problem_code";
    // Only the slices of done problem items: the rows of every other slice are never decoded.
    private static final String DONE_SLICE_DAYS = """
            SELECT r.day, i.district, i.category, i.problem, sum(r.tickets)
            FROM (SELECT DISTINCT district, category, problem FROM checklist_item
                  WHERE kind = 'problem' AND status IN ('awaiting_verification', 'signed_off')) AS i
            JOIN name_code d ON d.name = i.district JOIN name_code c ON c.name = i.category
            JOIN name_code p ON lower(p.name) = lower(i.problem)
            JOIN rollup_complaint r ON r.district_code = d.code AND r.category_code = c.code AND r.problem_code = p.code
            WHERE r.day >= ?1 AND r.day < ?2 AND r.problem_code <> 0
            GROUP BY r.day, i.district, i.category, i.problem""";
    private static final String DONE_TICKET_CONTACTS = """
            SELECT created_at, subscriber, ticket_id FROM ticket_row
            WHERE created_at >= ?1 AND created_at < ?2 AND kind = 0 /* complaint */
              AND subscriber IN (SELECT subscriber FROM checklist_item WHERE kind = 'ticket'
                                 AND status IN ('awaiting_verification', 'signed_off'))
            ORDER BY created_at, ticket_id""";
    private static final String SLICE_DAYS = "SELECT day, sum(tickets) FROM rollup_complaint WHERE day >= ?1 AND day < ?2"
            + " AND district_code = " + NameCodes.codeOf("?3") + " AND category_code = " + NameCodes.codeOf("?4")
            + " AND problem_code IN (SELECT code FROM name_code WHERE lower(name) = lower(?5)) GROUP BY day";
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
        try (Connection c = store.connectForReading(); PreparedStatement st = c.prepareStatement(SLICES)) {
            st.setString(1, range.start().toString());
            st.setString(2, range.end().toString());
            st.setString(3, district);
            try (ResultSet rs = st.executeQuery()) {
                Map<List<String>, Map<String, Long>> spellings = new LinkedHashMap<>();
                while (rs.next()) {
                    spellings.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new LinkedHashMap<>())
                            .merge(rs.getString(3), rs.getLong(4), Long::sum);
                }
                List<SliceCount> rows = new ArrayList<>();
                spellings.forEach((districtAndCategory, counts) -> ProblemNames.merge(counts).forEach((problem, n) ->
                        rows.add(new SliceCount(districtAndCategory.get(0), districtAndCategory.get(1), problem, n))));
                return rows;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot count complaints per problem: " + e.getMessage(), e);
        }
    }

    /** Complaints per day in the range of every slice a done problem item watches: one read for a week's items. */
    public List<SliceDay> doneSliceDays(DateRange range) {
        try (Connection c = store.connectForReading(); PreparedStatement st = c.prepareStatement(DONE_SLICE_DAYS)) {
            st.setString(1, range.start().toString());
            st.setString(2, range.end().toString());
            try (ResultSet rs = st.executeQuery()) {
                List<SliceDay> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new SliceDay(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
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
            st.setString(1, range.start().toString());
            st.setString(2, range.end().toString());
            st.setString(3, district);
            st.setString(4, category == null ? "" : category);
            st.setString(5, problem == null ? "" : problem);
            try (ResultSet rs = st.executeQuery()) {
                java.util.Map<LocalDate, Long> days = new java.util.HashMap<>();
                while (rs.next()) {
                    days.put(LocalDate.parse(rs.getString(1)), rs.getLong(2));
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
            st.setLong(1, TicketColumns.seconds(range.start().atStartOfDay()));
            st.setLong(2, TicketColumns.seconds(range.end().atStartOfDay()));
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
