package org.rectify.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema to the latest version with the ordered scripts listed in
 * {@code db/migrations.txt}; {@code PRAGMA user_version} records how far a store is. A store
 * that already holds data is backed up before its first migration step.
 */
final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    private static final List<String> SCRIPTS = readScriptList();

    private final Store store;

    Migrator(Store store) {
        this.store = store;
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    void migrateTo(int target) {
        boolean existed = Files.exists(store.file());
        int current = existed ? store.schemaVersion() : 0;
        if (current > latestVersion()) {
            throw new StoreException("The store " + store.file() + " has schema version " + current
                    + ", newer than this Rectify knows (" + latestVersion() + "). Use a newer Rectify.");
        }
        if (current >= target) {
            return;
        }
        if (existed && current > 0) {
            Path backup = backupBeforeMigration(current);
            LOG.info("Backed up {} (schema {}) to {} before migrating", store.file(), current, backup);
        }
        try (Connection c = store.connect()) {
            for (int version = current + 1; version <= target; version++) {
                apply(c, version);
            }
            if (existed && current > 0) {
                compactIfMostlyFree(c);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot migrate the store " + store.file() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Gives back the pages a migration freed when they are a quarter of the file or more (version 15
     * rewrites the ticket table at 60 % of its old size): once, at the upgrade, not at every start.
     */
    private void compactIfMostlyFree(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            long pages = st.executeQuery("PRAGMA page_count").getLong(1);
            long free = st.executeQuery("PRAGMA freelist_count").getLong(1);
            if (pages > 0 && free * 4 >= pages) {
                long started = System.nanoTime();
                st.executeUpdate("VACUUM");
                LOG.info("Compacted the store after migrating: {} of {} pages were free ({} ms)", free, pages,
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    private Path backupBeforeMigration(int version) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = store.folder().resolve("backups").resolve("rectify-v" + version + "-" + stamp + ".db");
        new Backup(store).writeTo(target);
        return target;
    }

    private void apply(Connection c, int version) throws SQLException {
        String name = SCRIPTS.get(version - 1);
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String sql : SqlScripts.statements(name)) {
                st.executeUpdate(sql);
            }
            // user_version takes no bound parameter; the value is our own loop counter.
            st.executeUpdate("PRAGMA user_version = " + version);
            c.commit();
            LOG.info("Applied migration {}", name);
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("migration " + name + " failed: " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static List<String> readScriptList() {
        return SqlScripts.text("migrations.txt").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
