package org.rectify.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finding a damaged store and putting the newest sound backup in its place. The damaged file is
 * never overwritten or deleted: it is moved aside as {@code rectify-damaged-<time>.db} (with its WAL).
 */
public final class StoreRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(StoreRecovery.class);

    private StoreRecovery() {
    }

    /**
     * Opens the file as SQLite does on every start — the header, the schema, the version — and throws
     * {@link StoreDamagedException} when SQLite says it is not a database or is malformed. Cheap: it
     * reads the first pages only ({@link #quickCheck} reads them all).
     */
    static void requireReadable(Path folder, Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                rs.next();
            }
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                rs.next();
            }
        } catch (SQLiteException e) {
            SQLiteErrorCode code = e.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT) {
                String detail = code == SQLiteErrorCode.SQLITE_NOTADB ? "SQLite reads no database in it" : "SQLite finds it malformed";
                throw new StoreDamagedException(file, detail, newestGoodBackup(folder).orElse(null), e);
            }
            throw new StoreException("Cannot open the store " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the store " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code PRAGMA quick_check} over every page of the store: "ok", or SQLite's first findings. */
    public static String quickCheck(Store store) {
        try (Connection c = store.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA quick_check(5)")) {
            StringBuilder findings = new StringBuilder();
            while (rs.next()) {
                findings.append(findings.length() == 0 ? "" : "; ").append(rs.getString(1));
            }
            return findings.toString();
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /** The newest file in {@code backups/} that is a sound Rectify store this version can open. */
    public static Optional<Path> newestGoodBackup(Path folder) {
        Path backups = folder.resolve("backups");
        if (!Files.isDirectory(backups)) {
            return Optional.empty();
        }
        List<Path> newestFirst;
        try (Stream<Path> files = Files.list(backups)) {
            newestFirst = files.filter(p -> p.getFileName().toString().endsWith(".db"))
                    .sorted(Comparator.comparing(StoreRecovery::modified).reversed()).toList();
        } catch (IOException e) {
            return Optional.empty();
        }
        for (Path backup : newestFirst) {
            try {
                Restore.check(backup);
                return Optional.of(backup);
            } catch (StoreException e) {
                LOG.warn("Backup {} cannot serve: {}", backup, e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Moves the damaged store (and its WAL and shared-memory files) aside and copies {@code backup}
     * into its place; returns where the damaged file now is. Call before the store is opened.
     */
    public static Path replaceDamaged(Path folder, Path backup) {
        Restore.check(backup);
        Path store = folder.resolve(DataFolder.STORE_FILE);
        try {
            Path copy = Files.createTempFile(folder, ".recover", ".tmp");
            Files.copy(backup, copy, StandardCopyOption.REPLACE_EXISTING);
            Path kept = Restore.moveStoreAside(folder, "rectify-damaged-");
            Files.move(copy, store, StandardCopyOption.ATOMIC_MOVE);
            LOG.warn("Replaced the damaged store with {}; the damaged one is kept as {}", backup, kept);
            return kept;
        } catch (IOException e) {
            throw new StoreException("Cannot put the backup " + backup + " in place of the damaged store in " + folder
                    + ": " + e.getMessage() + ". Nothing was deleted: the damaged store is " + store
                    + " or rectify-damaged-<time>.db beside it.", e);
        }
    }
}
