package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.domain.TicketFilter;
import org.rectify.sync.ImportListener;
import org.rectify.sync.TicketImporter;
import org.rectify.testing.StandardCsv;

/** A backup put back: checked, waiting for the next start, then in place with the replaced store kept. */
class RestoreTest {

    @TempDir
    Path folder;

    private static void importTickets(Store store, Path file, String... ids) throws Exception {
        StandardCsv csv = StandardCsv.create();
        for (String id : ids) {
            csv.ticket(id, "2014-05-02 10:00:00", "", "龙华", "装维服务", "宽带修障超时", "", "处理中");
        }
        new TicketImporter(new SyncLog(store)).importFile(csv.writeTo(file), ImportListener.NONE);
    }

    @Test
    void aBackupTakesTheStoresPlaceAtTheNextStartAndTheReplacedStoreIsKept() throws Exception {
        Path data = folder.resolve("data");
        Path backup = folder.resolve("backup.db");
        try (Store store = Store.open(data)) {
            importTickets(store, folder.resolve("a.csv"), "A1", "A2");
            new Backup(store).writeTo(backup);
            importTickets(store, folder.resolve("b.csv"), "B1");
            Restore.stage(data, backup);
            assertTrue(Restore.pending(data));
            assertEquals(3, new TicketQueries(store).count(TicketFilter.ALL), "the open store is untouched");
        }
        Restore.RestoredAtOpen restored;
        try (Store store = Store.open(data)) {
            assertFalse(Restore.pending(data));
            assertEquals(2, new TicketQueries(store).count(TicketFilter.ALL), "the backup's two tickets");
            restored = store.restoredAtOpen().orElseThrow();
        }
        Path kept;
        try (var files = Files.list(data)) {
            kept = files.filter(f -> f.getFileName().toString().matches("rectify-before-restore-\\d{8}-\\d{6}\\.db"))
                    .findFirst().orElseThrow();
        }
        // what the window's status line says once: which backup, and where the replaced store went
        assertEquals("backup.db", restored.backup());
        assertEquals(kept, restored.kept());
        assertFalse(Files.exists(data.resolve(Restore.PENDING_FROM)));
        try (Store again = Store.open(data)) {
            assertTrue(again.restoredAtOpen().isEmpty(), "said once: the next start has nothing to say");
        }
        Path keptFolder = Files.createDirectories(folder.resolve("kept2"));
        Files.copy(kept, keptFolder.resolve(DataFolder.STORE_FILE));
        try (Store replaced = Store.open(keptFolder)) {
            assertEquals(3, new TicketQueries(replaced).count(TicketFilter.ALL), "nothing of the replaced store is lost");
        }
    }

    @Test
    void aFileThatIsNoSoundRectifyStoreIsRefusedAndNothingWaits() throws Exception {
        Path data = folder.resolve("data");
        try (Store store = Store.open(data)) {
            Path noise = Files.write(folder.resolve("noise.db"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            StoreException notSqlite = assertThrows(StoreException.class, () -> Restore.stage(data, noise));
            assertTrue(notSqlite.getMessage().contains("noise.db is not a readable SQLite store"), notSqlite.getMessage());
            Path other = folder.resolve("other.db");
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other); var st = c.createStatement()) {
                st.executeUpdate("CREATE TABLE notes (text TEXT)");
            }
            StoreException foreign = assertThrows(StoreException.class, () -> Restore.stage(data, other));
            assertTrue(foreign.getMessage().contains("not a Rectify store"), foreign.getMessage());
            assertFalse(Restore.pending(data));
        }
    }
}
