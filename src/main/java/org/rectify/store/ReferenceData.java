package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.rectify.domain.SubscriberCount;

/** Districts and their monthly subscriber counts. */
public final class ReferenceData {

    private static final String UPSERT_DISTRICT = """
            INSERT INTO district (name, sort_order) VALUES (?, (SELECT coalesce(max(sort_order), 0) + 1 FROM district))
            ON CONFLICT (name) DO NOTHING""";
    private static final String UPSERT_COUNT = """
            INSERT INTO subscriber_count (month, district, subscribers) VALUES (?, ?, ?)
            ON CONFLICT (month, district) DO UPDATE SET subscribers = excluded.subscribers""";

    private final Store store;

    public ReferenceData(Store store) {
        this.store = store;
    }

    /** Loads subscriber counts in one transaction, adding unknown districts; returns rows written. */
    public int saveSubscriberCounts(Collection<SubscriberCount> counts) {
        store.requireWriter();
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement district = c.prepareStatement(UPSERT_DISTRICT);
                 PreparedStatement count = c.prepareStatement(UPSERT_COUNT)) {
                for (SubscriberCount sc : counts) {
                    district.setString(1, sc.district());
                    district.executeUpdate();
                    count.setString(1, sc.month().toString());
                    count.setString(2, sc.district());
                    count.setLong(3, sc.subscribers());
                    count.executeUpdate();
                }
                c.commit();
                return counts.size();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot save subscriber counts: " + e.getMessage(), e);
        }
    }

    /**
     * Every district the store knows, in list order: imports add the districts they see to the
     * list, so this reads a table of a few rows at any volume.
     */
    public List<String> districts() {
        String sql = "SELECT name FROM district ORDER BY sort_order, name";
        try (Connection c = store.connectForReading(); PreparedStatement st = c.prepareStatement(sql);
             ResultSet rs = st.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new StoreException("Cannot read districts: " + e.getMessage(), e);
        }
    }

    public List<SubscriberCount> subscriberCounts() {
        String sql = "SELECT month, district, subscribers FROM subscriber_count ORDER BY month, district";
        try (Connection c = store.connectForReading(); PreparedStatement st = c.prepareStatement(sql);
             ResultSet rs = st.executeQuery()) {
            List<SubscriberCount> counts = new ArrayList<>();
            while (rs.next()) {
                counts.add(new SubscriberCount(YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getLong(3)));
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreException("Cannot read subscriber counts: " + e.getMessage(), e);
        }
    }
}
