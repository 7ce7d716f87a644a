package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store whose header is damaged is found at open, and the newest sound backup takes its place; the damaged file is kept. */
class StoreRecoveryTest {

    @TempDir
    Path folder;

    @Test
    void aDamagedHeaderIsFoundAndTheNewestSoundBackupRestoredKeepingTheDamagedFile() throws Exception {
        Path older = folder.resolve("backups").resolve("rectify-daily-2014-05-30.db");
        Path newer = folder.resolve("backups").resolve("rectify-daily-2014-05-31.db");
        try (Store store = Store.open(folder)) {
            execute(store, "INSERT INTO district (name, sort_order) VALUES ('龙华', 1)");
            new Backup(store).writeTo(older);
            execute(store, "INSERT INTO district (name, sort_order) VALUES ('坪山', 2)");
            new Backup(store).writeTo(newer);
            execute(store, "INSERT INTO district (name, sort_order) VALUES ('福田', 3)");
        }
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2014-05-30T20:00:00Z")));
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2014-05-31T20:00:00Z")));
        Path file = folder.resolve(DataFolder.STORE_FILE);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.write(new byte[16]); // "SQLite format 3\0" gone
        }
        byte[] damaged = Files.readAllBytes(file);

        StoreDamagedException refused = assertThrows(StoreDamagedException.class, () -> Store.open(folder));
        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains(newer.toString()), "names the newest sound backup: " + refused.getMessage());
        assertEquals(newer, refused.newestGoodBackup().orElseThrow());
        assertArrayEquals(damaged, Files.readAllBytes(file), "a refused open changes nothing");
        assertTrue(WriterLock.tryAcquire(folder).map(lock -> {
            lock.close();
            return true;
        }).orElse(false), "the refused open let the writer lock go");

        Path kept = StoreRecovery.replaceDamaged(folder, refused.newestGoodBackup().orElseThrow());
        assertArrayEquals(damaged, Files.readAllBytes(kept), "the damaged store is kept as it was");
        assertTrue(kept.getFileName().toString().startsWith("rectify-damaged-"));
        try (Store store = Store.open(folder)) {
            assertEquals(2, count(store, "SELECT count(*) FROM district WHERE name IN ('龙华', '坪山')"));
            assertEquals(0, count(store, "SELECT count(*) FROM district WHERE name = '福田'"), "the backup's data, not later");
            assertEquals("ok", StoreRecovery.quickCheck(store));
        }
    }

    @Test
    void damageInsideTheFileIsFoundByTheQuickCheckNotAtOpen() throws Exception {
        int pageSize;
        try (Store store = Store.open(folder)) {
            // rows enough to make most of the file theirs: the page in the middle is one of their leaves
            for (int i = 0; i < 4000; i++) {
                execute(store, "INSERT INTO setting (key, value) VALUES ('k" + i + "', '" + "v".repeat(2000) + "')");
            }
            assertEquals("ok", StoreRecovery.quickCheck(store));
            pageSize = store.pageSize();
        }
        Path file = folder.resolve(DataFolder.STORE_FILE);
        long pages = Files.size(file) / pageSize;
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek((long) pageSize * (pages / 2));
            byte[] garbage = new byte[pageSize];
            java.util.Arrays.fill(garbage, (byte) 0xFF);
            raw.write(garbage);
        }
        try (Store store = Store.open(folder)) {
            String findings = StoreRecovery.quickCheck(store);
            assertFalse("ok".equals(findings), "the quick check reads every page: " + findings);
        }
    }

    @Test
    void aDamagedBackupIsPassedOverForAnOlderSoundOne() throws Exception {
        Path older = folder.resolve("backups").resolve("a.db");
        Path newer = folder.resolve("backups").resolve("b.db");
        try (Store store = Store.open(folder)) {
            new Backup(store).writeTo(older);
            new Backup(store).writeTo(newer);
        }
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2014-05-30T20:00:00Z")));
        try (RandomAccessFile raw = new RandomAccessFile(newer.toFile(), "rw")) {
            raw.write(new byte[16]);
        }
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2014-05-31T20:00:00Z")));
        assertEquals(older, StoreRecovery.newestGoodBackup(folder).orElseThrow());
        Files.delete(older);
        assertFalse(StoreRecovery.newestGoodBackup(folder).isPresent());
    }

    private static void execute(Store store, String sql) throws Exception {
        try (Connection c = store.connect(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    private static long count(Store store, String sql) throws Exception {
        try (Connection c = store.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.getLong(1);
        }
    }
}
