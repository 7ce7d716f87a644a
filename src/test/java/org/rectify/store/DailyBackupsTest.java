package org.rectify.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup on the first start of each day, the last seven kept; copies before migrations rotated to three; others left alone. */
class DailyBackupsTest {

    @TempDir
    Path folder;

    @Test
    void oneBackupADayTheLastSevenKept() throws Exception {
        try (Store store = Store.open(folder)) {
            assertTrue(DailyBackups.runIfDue(store, LocalDate.of(2014, 5, 1)).isEmpty(), "an empty store needs none");
            try (Connection c = store.connect(); Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO sync_run (file_name, file_path, content_hash, started_at, status)"
                        + " VALUES ('a.csv', '/a.csv', 'h', '2014-05-01 09:00:00', 'done')");
            }
            Path backups = folder.resolve("backups");
            Files.createDirectories(backups);
            Path mine = Files.writeString(backups.resolve("my-own-copy.db"), "a user's file");
            for (int v = 1; v <= 5; v++) {
                Path before = Files.writeString(backups.resolve("rectify-v" + v + "-2014050" + v + "-090000.db"), "x");
                Files.setLastModifiedTime(before, FileTime.from(Instant.parse("2014-05-0" + v + "T09:00:00Z")));
            }
            for (int day = 1; day <= 9; day++) {
                LocalDate date = LocalDate.of(2014, 5, day);
                Path written = DailyBackups.runIfDue(store, date).orElseThrow();
                Files.setLastModifiedTime(written, FileTime.from(Instant.parse(date + "T09:00:00Z")));
                assertTrue(DailyBackups.runIfDue(store, date).isEmpty(), "one a day");
            }
            List<String> names;
            try (Stream<Path> files = Files.list(backups)) {
                names = files.map(p -> p.getFileName().toString()).sorted().toList();
            }
            assertEquals(List.of("my-own-copy.db", "rectify-daily-2014-05-03.db", "rectify-daily-2014-05-04.db",
                    "rectify-daily-2014-05-05.db", "rectify-daily-2014-05-06.db", "rectify-daily-2014-05-07.db",
                    "rectify-daily-2014-05-08.db", "rectify-daily-2014-05-09.db", "rectify-v3-20140503-090000.db",
                    "rectify-v4-20140504-090000.db", "rectify-v5-20140505-090000.db"), names);
            assertTrue(Files.exists(mine));
            assertFalse(names.stream().anyMatch(n -> n.endsWith(".part")));
            assertEquals(backups.resolve("rectify-daily-2014-05-09.db"), StoreRecovery.newestGoodBackup(folder).orElseThrow(),
                    "the newest daily backup is a sound store");
        }
    }
}
