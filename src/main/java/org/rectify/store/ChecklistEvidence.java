package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.rectify.domain.Evidence;
import org.rectify.domain.ItemChange;
import org.rectify.domain.Timestamps;

/**
 * The evidence files listed on checklist items (整改前后的材料): each recorded with a history row of its
 * item in the same transaction. The files themselves lie under the data folder.
 */
public final class ChecklistEvidence {

    private static final String INSERT = """
            INSERT INTO checklist_evidence (item_id, file_name, stored_path, added_at, added_by) VALUES (?, ?, ?, ?, ?)
            RETURNING id""";
    private static final String OF_ITEM = """
            SELECT id, item_id, file_name, stored_path, added_at, added_by FROM checklist_evidence
            WHERE item_id = ? ORDER BY id""";

    private final Store store;

    public ChecklistEvidence(Store store) {
        this.store = store;
    }

    /** Records an evidence file (already copied under the data folder) with its history row. */
    public Evidence add(long itemId, String fileName, String storedPath, String who, LocalDateTime at) {
        store.requireWriter();
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement(INSERT);
                 PreparedStatement history = c.prepareStatement(ChecklistStore.HISTORY)) {
                st.setLong(1, itemId);
                st.setString(2, fileName);
                st.setString(3, storedPath);
                st.setString(4, Timestamps.format(at));
                st.setString(5, who);
                long id;
                try (ResultSet keys = st.executeQuery()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                ChecklistStore.writeHistory(history, new ItemChange(itemId, at, who, "evidence", null, fileName));
                c.commit();
                return new Evidence(id, itemId, fileName, storedPath, at, who);
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot add evidence to item " + itemId + ": " + e.getMessage(), e);
        }
    }

    public List<Evidence> of(long itemId) {
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(OF_ITEM)) {
            st.setLong(1, itemId);
            try (ResultSet rs = st.executeQuery()) {
                List<Evidence> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Evidence(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            LocalDateTime.parse(rs.getString(5), Timestamps.FORMAT), rs.getString(6)));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the evidence of item " + itemId + ": " + e.getMessage(), e);
        }
    }
}
