package org.rectify.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.ItemKind;
import org.rectify.domain.ItemStatus;
import org.rectify.domain.Period;

/** The columns every query of checklist items selects, in one order, and the item each row is. */
final class ChecklistItemRows {

    static final String COLUMNS = "id, week, district, kind, rules, title, category, problem, ticket_id, "
            + "subscriber, baseline, target, owner, reviewer, due, status, cause, action, notes, cannot_fix_reason, "
            + "done_on, closed_on";

    private ChecklistItemRows() {
    }

    static List<ChecklistItem> read(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            List<ChecklistItem> items = new ArrayList<>();
            while (rs.next()) {
                items.add(new ChecklistItem(rs.getLong(1), Period.parse(rs.getString(2)), rs.getString(3),
                        ItemKind.ofKey(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), integer(rs, 11), integer(rs, 12),
                        rs.getString(13), rs.getString(14), date(rs.getString(15)), ItemStatus.parse(rs.getString(16)),
                        rs.getString(17), rs.getString(18), rs.getString(19), rs.getString(20), date(rs.getString(21)),
                        date(rs.getString(22))));
            }
            return items;
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
