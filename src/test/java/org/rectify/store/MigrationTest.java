package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path folder;

    @Test
    void aFreshStoreGetsTheLatestSchemaWithoutABackup() throws Exception {
        try (Store store = Store.open(folder)) {
            assertTrue(store.isWriter());
            assertEquals(Migrator.latestVersion(), store.schemaVersion());
        }
        assertEquals(Migrator.latestVersion(), scalar("PRAGMA user_version"));
        assertEquals("wal", text("PRAGMA journal_mode"));
        assertEquals(3, scalar("SELECT count(*) FROM category_role"));
        assertEquals(2, scalar("SELECT count(*) FROM escalation_group WHERE group_name = 'regulator'"));
        assertEquals(1, scalar("SELECT count(*) FROM sqlite_master WHERE name = 'sync_run_hash'"));
        assertEquals(0, scalar("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ticket'"
                + " AND sql IS NOT NULL"), "only the ticket number's own index: imports stay fast");
        assertEquals(1, scalar("SELECT count(*) FROM pragma_table_info('sync_run') WHERE name = 'duration_ms'"));
        assertFalse(Files.exists(folder.resolve("backups")));
    }

    @Test
    void anOlderStoreIsBackedUpThenMigratedKeepingItsData() throws Exception {
        try (Store v1 = Store.open(folder, 1)) {
            assertEquals(1, v1.schemaVersion());
        }
        execute("INSERT INTO district (name, sort_order) VALUES ('龙华', 1)");
        execute("INSERT INTO subscriber_count (month, district, subscribers) VALUES ('2014-01', '龙华', 1200000)");
        assertEquals(0, scalar("SELECT count(*) FROM sqlite_master WHERE name = 'sync_run_hash'"));

        try (Store latest = Store.open(folder)) {
            assertEquals(Migrator.latestVersion(), latest.schemaVersion());
        }

        assertEquals(1200000, scalar("SELECT subscribers FROM subscriber_count WHERE district = '龙华'"));
        assertEquals(1, scalar("SELECT count(*) FROM sqlite_master WHERE name = 'sync_run_hash'"));
        List<Path> backups;
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            backups = files.toList();
        }
        assertEquals(1, backups.size());
        assertTrue(backups.get(0).getFileName().toString().startsWith("rectify-v1-"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backups.get(0));
             Statement st = c.createStatement()) {
            assertEquals(1, st.executeQuery("PRAGMA user_version").getInt(1));
            assertEquals(1200000, st.executeQuery("SELECT subscribers FROM subscriber_count").getInt(1));
        }
    }

    @Test
    void aSecondOpenerInTheSameFolderIsReadOnlyAndToldWhoWrites() {
        try (Store first = Store.open(folder); Store second = Store.open(folder)) {
            assertTrue(first.isWriter());
            assertFalse(second.isWriter());
            StoreBusyException busy = org.junit.jupiter.api.Assertions.assertThrows(StoreBusyException.class,
                    second::requireWriter);
            assertTrue(busy.getMessage().contains("process " + ProcessHandle.current().pid()), busy.getMessage());
        }
        try (Store again = Store.open(folder)) {
            assertTrue(again.isWriter(), "the lock is released on close");
        }
    }

    @Test
    void splitsMigrationScriptsIntoStatements() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "INSERT INTO a VALUES (1)"),
                SqlScripts.split("-- comment\nCREATE TABLE a (x INT);\nINSERT INTO a VALUES (1);\n"));
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(DataFolder.STORE_FILE));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.getLong(1);
        }
    }

    private String text(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(DataFolder.STORE_FILE));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(DataFolder.STORE_FILE));
             Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }
}
