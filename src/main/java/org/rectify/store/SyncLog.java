package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rectify.domain.ImportCounts;
import org.rectify.domain.SyncRun;
import org.rectify.domain.SyncStatus;
import org.rectify.domain.Timestamps;

/** The log of imports: one row per file per run, and the way into a file's transaction. */
public final class SyncLog {

    private static final String INSERT_RUN = """
            INSERT INTO sync_run (file_name, file_path, content_hash, file_size, profile, started_at, status)
            VALUES (?, ?, ?, ?, ?, ?, 'running')
            RETURNING id""";
    private static final String SET_HASH = "UPDATE sync_run SET content_hash = ? WHERE id = ?";
    /** A done run of a file of this size, or of unknown size (logged before sizes were). */
    private static final String SAME_SIZE = """
            SELECT 1 FROM sync_run WHERE status = 'done' AND (file_size = ? OR file_size IS NULL) LIMIT 1""";
    private static final String FINISH_RUN = """
            UPDATE sync_run SET status = ?, finished_at = ?, rows_read = ?, rows_inserted = ?, rows_updated = ?,
                rows_unchanged = ?, rows_rejected = ?, message = ?,
                duration_ms = ?
            WHERE id = ?""";
    private static final String SELECT_RUNS = """
            SELECT id, file_name, file_path, content_hash, profile, started_at, finished_at, status, rows_read, rows_inserted,
                   rows_updated, rows_unchanged, rows_rejected, message, duration_ms
            FROM sync_run""";

    private final Store store;
    /** Where an import's deciding thread reads the stored window of complaints (tests slow it down). */
    private final java.util.function.Supplier<Connection> windowReads;

    public SyncLog(Store store) {
        this(store, store::connect);
    }

    SyncLog(Store store, java.util.function.Supplier<Connection> windowReads) {
        this.store = store;
        this.windowReads = windowReads;
    }

    /** The successful earlier import of a file with this content, if any. */
    public Optional<SyncRun> findImported(String contentHash) {
        return query(SELECT_RUNS + " WHERE content_hash = ? AND status = 'done' ORDER BY id LIMIT 1", contentHash)
                .stream().findFirst();
    }

    /**
     * False when no earlier import was of a file of this size: then this file's content cannot have been
     * imported before, whatever its hash.
     */
    public boolean mayHaveImported(long size) {
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(SAME_SIZE)) {
            st.setLong(1, size);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the sync log: " + e.getMessage(), e);
        }
    }

    /** The run with this id, if the log has one. */
    public Optional<SyncRun> run(long id) {
        return query(SELECT_RUNS + " WHERE id = ?", id).stream().findFirst();
    }

    public List<SyncRun> recent(int limit) {
        return query(SELECT_RUNS + " ORDER BY id DESC LIMIT ?", limit);
    }

    /** Opens the transaction in which a file's rows are written; its run row is part of it. */
    public ImportTransaction begin(RunFile file, String profile) {
        store.requireWriter();
        Connection c = store.connectForImport();
        try {
            c.setAutoCommit(false);
            long runId = insertRun(c, file, profile);
            return new ImportTransaction(c, windowReads, runId, file.name());
        } catch (SQLException e) {
            closeAfterFailure(c);
            throw new StoreException("Cannot start importing " + file.name() + ": " + e.getMessage(), e);
        }
    }

    /** Logs a file that brought no rows: skipped as already seen, refused, failed or cancelled. */
    public long recordWithoutRows(RunFile file, String profile, SyncStatus status, ImportCounts counts, String message,
                                  long durationMillis) {
        store.requireWriter();
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            long runId = insertRun(c, file, profile);
            finish(c, runId, status.code(), counts, message, durationMillis);
            c.commit();
            return runId;
        } catch (SQLException e) {
            throw new StoreException("Cannot log the import of " + file.name() + ": " + e.getMessage(), e);
        }
    }

    static void finish(Connection c, long runId, String status, ImportCounts counts, String message,
                       long durationMillis) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(FINISH_RUN)) {
            LocalDateTime now = LocalDateTime.now();
            st.setString(1, status);
            st.setString(2, Timestamps.format(now));
            st.setLong(3, counts.read());
            st.setLong(4, counts.inserted());
            st.setLong(5, counts.updated());
            st.setLong(6, counts.unchanged());
            st.setLong(7, counts.rejected());
            st.setString(8, message);
            st.setLong(9, durationMillis);
            st.setLong(10, runId);
            st.executeUpdate();
        }
    }

    /** Sets the content hash of a run begun before its file was read to the end. */
    static void setContentHash(Connection c, long runId, String hash) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(SET_HASH)) {
            st.setString(1, hash);
            st.setLong(2, runId);
            st.executeUpdate();
        }
    }

    private static long insertRun(Connection c, RunFile file, String profile) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(INSERT_RUN)) {
            st.setString(1, file.name());
            st.setString(2, file.path());
            st.setString(3, file.contentHash());
            st.setLong(4, file.size());
            st.setString(5, profile);
            st.setString(6, Timestamps.format(LocalDateTime.now()));
            try (ResultSet keys = st.executeQuery()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private List<SyncRun> query(String sql, Object parameter) {
        try (Connection c = store.connect(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                List<SyncRun> runs = new ArrayList<>();
                while (rs.next()) {
                    runs.add(read(rs));
                }
                return runs;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the sync log: " + e.getMessage(), e);
        }
    }

    private static SyncRun read(ResultSet rs) throws SQLException {
        ImportCounts counts = new ImportCounts(rs.getLong("rows_read"), rs.getLong("rows_inserted"),
                rs.getLong("rows_updated"), rs.getLong("rows_unchanged"), rs.getLong("rows_rejected"));
        return new SyncRun(rs.getLong("id"), rs.getString("file_name"), rs.getString("file_path"), rs.getString("content_hash"),
                rs.getString("profile"), Timestamps.parse(rs.getString("started_at")),
                Timestamps.parse(rs.getString("finished_at")), SyncStatus.fromCode(rs.getString("status")),
                counts, rs.getString("message"), rs.getLong("duration_ms"));
    }

    private static void closeAfterFailure(Connection c) {
        try {
            c.close();
        } catch (SQLException suppressed) {
            // The original failure is the one reported; this connection is gone either way.
        }
    }
}
