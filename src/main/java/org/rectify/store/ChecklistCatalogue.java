package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rectify.domain.CalendarDay;

/**
 * The checklist's editable lists: the cause catalogue, the must-analyse rules and the working-day
 * calendar (public holidays and make-up working days).
 */
public final class ChecklistCatalogue {

    /** A must-analyse rule: {@code category} or {@code problem} with a name, or {@code regulator} / {@code third_complaint}. */
    public record Rule(String rule, String value) {
    }

    private final Store store;

    public ChecklistCatalogue(Store store) {
        this.store = store;
    }

    public List<String> causes() {
        return strings("SELECT name FROM checklist_cause ORDER BY sort_order, name", "the cause catalogue");
    }

    /** Replaces the cause catalogue with {@code names} in that order. Items keep the causes they have. */
    public void saveCauses(List<String> names) {
        replaceAll("DELETE FROM checklist_cause", "INSERT INTO checklist_cause (name, sort_order) VALUES (?, ?)", names.size(),
                (st, i) -> {
                    st.setString(1, names.get(i));
                    st.setInt(2, i + 1);
                }, "the cause catalogue");
    }

    public List<Rule> rules() {
        try (Connection c = store.connect();
             PreparedStatement st = c.prepareStatement("SELECT rule, value FROM checklist_rule ORDER BY rule, value");
             ResultSet rs = st.executeQuery()) {
            List<Rule> rules = new ArrayList<>();
            while (rs.next()) {
                rules.add(new Rule(rs.getString(1), rs.getString(2)));
            }
            return rules;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the must-analyse rules: " + e.getMessage(), e);
        }
    }

    public void saveRules(List<Rule> rules) {
        replaceAll("DELETE FROM checklist_rule", "INSERT INTO checklist_rule (rule, value) VALUES (?, ?)", rules.size(),
                (st, i) -> {
                    st.setString(1, rules.get(i).rule());
                    st.setString(2, rules.get(i).value());
                }, "the must-analyse rules");
    }

    /** Binds the i-th row of a list being written. */
    private interface RowBinder {
        void bind(PreparedStatement st, int i) throws SQLException;
    }

    /** Deletes a whole list and writes its new rows, in one transaction. */
    private void replaceAll(String delete, String insert, int rows, RowBinder binder, String what) {
        store.requireWriter();
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement clear = c.prepareStatement(delete); PreparedStatement add = c.prepareStatement(insert)) {
                clear.executeUpdate();
                for (int i = 0; i < rows; i++) {
                    binder.bind(add, i);
                    add.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot save " + what + ": " + e.getMessage(), e);
        }
    }

    /** The calendar's exceptions to Monday-to-Friday, in date order. */
    public List<CalendarDay> calendar() {
        try (Connection c = store.connect();
             PreparedStatement st = c.prepareStatement("SELECT day, kind, name FROM calendar_day ORDER BY day");
             ResultSet rs = st.executeQuery()) {
            List<CalendarDay> days = new ArrayList<>();
            while (rs.next()) {
                days.add(new CalendarDay(LocalDate.parse(rs.getString(1)), "workday".equals(rs.getString(2)), rs.getString(3)));
            }
            return days;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the working-day calendar: " + e.getMessage(), e);
        }
    }

    public void putCalendarDay(CalendarDay day) {
        store.requireWriter();
        String sql = """
                INSERT INTO calendar_day (day, kind, name) VALUES (?, ?, ?)
                ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name""";
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, day.day().toString());
            st.setString(2, day.workday() ? "workday" : "holiday");
            st.setString(3, day.name());
            st.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot save calendar day " + day.day() + ": " + e.getMessage(), e);
        }
    }

    public void removeCalendarDay(LocalDate day) {
        store.requireWriter();
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement("DELETE FROM calendar_day WHERE day = ?")) {
            st.setString(1, day.toString());
            st.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot remove calendar day " + day + ": " + e.getMessage(), e);
        }
    }

    private List<String> strings(String sql, String what) {
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new StoreException("Cannot read " + what + ": " + e.getMessage(), e);
        }
    }
}
