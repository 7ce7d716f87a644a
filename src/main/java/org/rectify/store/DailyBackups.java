package org.rectify.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backup on the first start of each day ({@code backups/rectify-daily-<date>.db}), the last seven
 * kept; the copies taken before migrations ({@code rectify-v<N>-<time>.db}) are rotated to the last
 * three. Files of other names in the folder (a user's own copies) are never touched.
 */
public final class DailyBackups {

    static final int KEEP_DAILY = 7;
    static final int KEEP_BEFORE_MIGRATION = 3;
    private static final String DAILY_PREFIX = "rectify-daily-";
    private static final Logger LOG = LoggerFactory.getLogger(DailyBackups.class);

    private DailyBackups() {
    }

    /** Writes today's backup unless there is one, or the store holds nothing yet; then rotates. */
    public static Optional<Path> runIfDue(Store store, LocalDate today) {
        if (!store.isWriter() || isEmpty(store)) {
            return Optional.empty();
        }
        Path backups = store.folder().resolve("backups");
        Path target = backups.resolve(DAILY_PREFIX + today + ".db");
        Optional<Path> written = Optional.empty();
        if (!Files.exists(target)) {
            // written under another name and renamed when whole: an app closed mid-copy leaves no half backup
            Path part = backups.resolve(target.getFileName() + ".part");
            long started = System.nanoTime();
            try {
                Files.deleteIfExists(part);
                new Backup(store).writeTo(part);
                Files.move(part, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new StoreException("Cannot write the daily backup " + target + ": " + e.getMessage(), e);
            }
            LOG.info("Daily backup {} written in {} ms", target, (System.nanoTime() - started) / 1_000_000);
            written = Optional.of(target);
        }
        rotate(backups);
        return written;
    }

    private static boolean isEmpty(Store store) {
        try (Connection c = store.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM sync_run)")) {
            return rs.getInt(1) == 0;
        } catch (SQLException e) {
            throw new StoreException("Cannot look at the store before its daily backup: " + e.getMessage(), e);
        }
    }

    /** Keeps the newest daily and before-migration copies (names sort by their date) and deletes older ones. */
    static void rotate(Path backups) {
        keepNewest(backups, DAILY_PREFIX, KEEP_DAILY);
        keepNewest(backups, "rectify-v", KEEP_BEFORE_MIGRATION);
    }

    private static void keepNewest(Path backups, String prefix, int keep) {
        if (!Files.isDirectory(backups)) {
            return;
        }
        List<Path> newestFirst;
        try (Stream<Path> files = Files.list(backups)) {
            newestFirst = files.filter(p -> p.getFileName().toString().startsWith(prefix)
                            && p.getFileName().toString().endsWith(".db"))
                    .sorted(Comparator.comparing(DailyBackups::modified).thenComparing(Path::getFileName).reversed())
                    .toList();
        } catch (IOException e) {
            LOG.warn("Cannot list the backups in {}: {}", backups, e.getMessage());
            return;
        }
        for (Path old : newestFirst.subList(Math.min(keep, newestFirst.size()), newestFirst.size())) {
            try {
                Files.delete(old);
                LOG.info("Rotated out the backup {}", old);
            } catch (IOException e) {
                LOG.warn("Cannot delete the old backup {}: {}", old, e.getMessage());
            }
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
