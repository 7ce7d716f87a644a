package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageSizeTest {

    @TempDir
    Path folder;

    @Test
    void aNewStoreHasLargePages() throws Exception {
        try (Store store = Store.open(folder)) {
            assertEquals(65_536, store.pageSize());
            assertEquals("wal", text(store, "PRAGMA journal_mode"));
        }
        try (Store again = Store.open(folder)) {
            assertEquals(65_536, again.pageSize(), "kept on reopening");
            assertEquals(Migrator.latestVersion(), again.schemaVersion());
        }
    }

    @Test
    void aStoreMadeWithSmallPagesKeepsThem() throws Exception {
        Path file = folder.resolve(DataFolder.STORE_FILE);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA page_size = 4096");
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("CREATE TABLE made_before (x)");
        }
        try (Store store = Store.open(folder)) {
            assertEquals(4_096, store.pageSize());
            assertEquals("1", text(store, "SELECT count(*) FROM sqlite_master WHERE name = 'made_before'"));
        }
    }

    private static String text(Store store, String sql) throws SQLException {
        try (Connection c = store.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.getString(1);
        }
    }
}
