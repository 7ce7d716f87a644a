package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.rectify.domain.ChecklistItem;
import org.rectify.domain.DateRange;

/** The checklist's problem items a trend of a district and category marks as interventions. */
public final class ChecklistInterventions {

    /** Problem items of a scope raised or done in [?3, ?4): a null district or category is any. */
    private static final String PROBLEMS_ACTED_ON = "SELECT " + ChecklistItemRows.COLUMNS + " FROM checklist_item"
            + " WHERE kind = 'problem' AND (?1 IS NULL OR district = ?1) AND (?2 IS NULL OR category = ?2)"
            + " AND ((week_start >= ?3 AND week_start < ?4) OR (done_on >= ?3 AND done_on < ?4)) ORDER BY id";

    private final Store store;

    public ChecklistInterventions(Store store) {
        this.store = store;
    }

    /**
     * The problem items of a district and category (null: any) that were raised (their week's Monday) or
     * done in {@code range}: the interventions a trend of that scope shows.
     */
    public List<ChecklistItem> problemsActedOn(String district, String category, DateRange range) {
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(PROBLEMS_ACTED_ON)) {
            st.setString(1, district);
            st.setString(2, category);
            st.setString(3, range.start().toString());
            st.setString(4, range.end().toString());
            return ChecklistItemRows.read(st);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the checklist's problem items: " + e.getMessage(), e);
        }
    }
}
