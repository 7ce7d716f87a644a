package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Named settings kept in the store, so that they travel with the data file. */
public final class Settings {

    /** The folder whose new export files are imported on start and as they appear. */
    public static final String WATCH_FOLDER = "sync.watch_folder";

    /** Set when the demo data was loaded: the checklist's "today" is then the day after the data ends. */
    public static final String DEMO_STORE = "store.demo";

    private final Store store;

    public Settings(Store store) {
        this.store = store;
    }

    public Optional<String> get(String key) {
        try (Connection c = store.connectForReading(); PreparedStatement st = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read setting " + key + ": " + e.getMessage(), e);
        }
    }

    public void set(String key, String value) {
        store.requireWriter();
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            st.setString(1, key);
            st.setString(2, value);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot save setting " + key + ": " + e.getMessage(), e);
        }
    }

    public void remove(String key) {
        store.requireWriter();
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement("DELETE FROM setting WHERE key = ?")) {
            st.setString(1, key);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot remove setting " + key + ": " + e.getMessage(), e);
        }
    }
}
