package org.rectify.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Putting a backup back. The open store cannot be swapped under running screens, so a checked
 * copy of the backup waits in the data folder and takes the store's place at the next start, before
 * anything opens it; the store it replaces is kept beside it (with its WAL), never deleted.
 */
public final class Restore {

    static final String PENDING = "restore-pending.db";
    /** The name of the backup that waits, for the note at the next start. */
    static final String PENDING_FROM = "restore-pending.from";
    private static final Logger LOG = LoggerFactory.getLogger(Restore.class);

    private Restore() {
    }

    /**
     * Checks that {@code backup} is a Rectify store SQLite finds sound and no newer than this
     * version, and copies it to wait for the next start. A file that is not is refused, naming why.
     */
    public static void stage(Path folder, Path backup) {
        check(backup);
        try {
            Path temporary = Files.createTempFile(folder, ".restore", ".tmp");
            Files.copy(backup, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(folder.resolve(PENDING_FROM), backup.getFileName().toString(), StandardCharsets.UTF_8);
            Files.move(temporary, folder.resolve(PENDING), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Cannot copy the backup " + backup + " into " + folder + ": " + e.getMessage(), e);
        }
    }

    /** True when a restore waits for the next start. */
    public static boolean pending(Path folder) {
        return Files.isRegularFile(folder.resolve(PENDING));
    }

    static void check(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new StoreException(backup + ": no such file");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + backup.toAbsolutePath() + "?mode=ro");
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    throw new StoreException(backup.getFileName() + " is damaged (" + result + "); it was not restored");
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type IN ('table', 'view') AND name IN ('ticket', 'sync_run')")) {
                if (!rs.next() || rs.getInt(1) != 2) {
                    throw new StoreException(backup.getFileName() + " is an SQLite file but not a Rectify store; it was not restored");
                }
            }
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                int version = rs.next() ? rs.getInt(1) : 0;
                if (version > Migrator.latestVersion()) {
                    throw new StoreException(backup.getFileName() + " comes from a newer Rectify (schema " + version
                            + ", this one knows " + Migrator.latestVersion() + "); it was not restored");
                }
            }
        } catch (SQLException e) {
            throw new StoreException(backup.getFileName() + " is not a readable SQLite store (" + e.getMessage()
                    + "); it was not restored", e);
        }
    }

    /**
     * At start, before the store is opened by the writer: the waiting backup becomes the store,
     * the store it replaces is renamed {@code rectify-before-restore-<time>.db} (its WAL and SHM with it).
     */
    static Optional<RestoredAtOpen> applyPending(Path folder) {
        Path pending = folder.resolve(PENDING);
        if (!Files.isRegularFile(pending)) {
            return Optional.empty();
        }
        Path store = folder.resolve(DataFolder.STORE_FILE);
        try {
            Path kept = moveStoreAside(folder, "rectify-before-restore-");
            Files.move(pending, store);
            Path from = folder.resolve(PENDING_FROM);
            String backup = Files.isRegularFile(from) ? Files.readString(from, StandardCharsets.UTF_8).strip() : "";
            Files.deleteIfExists(from);
            LOG.info("Restored the store from the backup {}; the one it replaced is {}", backup, kept);
            return Optional.of(new RestoredAtOpen(backup, kept));
        } catch (IOException e) {
            throw new StoreException("Cannot put the restored backup in place in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * A restore put in place as the store opened: the backup's file name (empty when a restore staged by an
     * older version did not say) and where the store it replaced was kept.
     */
    public record RestoredAtOpen(String backup, Path kept) {
    }

    /**
     * Renames the store, with its WAL and shared-memory files, to {@code <prefix><time>.db} beside it;
     * returns that name (nothing is moved when there is no store).
     */
    static Path moveStoreAside(Path folder, String prefix) throws IOException {
        Path store = folder.resolve(DataFolder.STORE_FILE);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path kept = folder.resolve(prefix + stamp + ".db");
        if (Files.exists(store)) {
            Files.move(store, kept);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path side = folder.resolve(DataFolder.STORE_FILE + suffix);
                if (Files.exists(side)) {
                    Files.move(side, folder.resolve(kept.getFileName() + suffix));
                }
            }
        }
        return kept;
    }
}
