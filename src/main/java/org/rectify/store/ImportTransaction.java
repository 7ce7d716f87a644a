package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rectify.domain.ImportCounts;
import org.rectify.domain.RejectedRow;
import org.rectify.domain.RowOrigin;
import org.rectify.domain.Ticket;

/**
 * Everything one file writes, in one transaction: its sync-run row, the upserted tickets and
 * the rejected rows. Closing without {@link #commit} rolls all of it back, so a file lands
 * whole or not at all (and a killed process leaves the store as it was).
 */
public final class ImportTransaction implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportTransaction.class);

    /** Where a file's writing time went (nanoseconds), logged at its commit: the figures issue 13's work starts from. */
    private final long[] phases = new long[7];
    private static final String[] PHASE_NAMES = {"binding and inserts", "updates", "roll-up flushes",
        "repeat pass + roll-ups at commit", "commit", "deciding repeats", "waiting for the sums"};

    /** Nanoseconds since {@code started}: summed per phase over a file's chunks, shown in ms at the end. */
    private static long since(long started) {
        return System.nanoTime() - started;
    }

    private static final String INSERT = "INSERT OR IGNORE INTO ticket_row (" + TicketColumns.LIST
            + ", first_run_id, last_run_id, source_sheet_code, source_row, is_repeat) VALUES";

    /** A new ticket's row: the ticket's fields, where it was read, its repeat flag; the run's id (?1) is shared. */
    private static String insertRow(int first) {
        return "(" + MultiRowInsert.numbered(first, TicketColumns.COUNT) + ", ?1, ?1, "
                + MultiRowInsert.numbered(first + TicketColumns.COUNT, 3) + ")";
    }

    /** Rows per INSERT statement: about as fast as 40 or 100, with fewer rows to look at again when one exists. */
    private static final int ROWS_PER_INSERT = 20;

    private record NewRow(Ticket ticket, RowOrigin origin, boolean repeat) {
    }

    // Updates only when something differs, so that an unchanged row is counted as such.
    private static final String UPDATE = """
            UPDATE ticket_row SET created_at = ?, closed_at = ?, district_code = ?, center_code = ?,
                kind = ?, kind_raw_code = ?, category_code = ?, problem_code = ?, channel_code = ?, escalation_code = ?,
                first_contact_resolved = ?, status = ?, status_raw_code = ?, owner_code = ?, subscriber = ?,
                satisfaction = ?, description = ?, last_run_id = ?, source_sheet_code = ?, source_row = ?
            WHERE ticket_id = ? AND (created_at IS NOT ? OR closed_at IS NOT ? OR district_code IS NOT ?
                OR center_code IS NOT ? OR kind IS NOT ? OR kind_raw_code IS NOT ? OR category_code IS NOT ?
                OR problem_code IS NOT ? OR channel_code IS NOT ? OR escalation_code IS NOT ?
                OR first_contact_resolved IS NOT ? OR status IS NOT ? OR status_raw_code IS NOT ? OR owner_code IS NOT ?
                OR subscriber IS NOT ? OR satisfaction IS NOT ? OR description IS NOT ?)""";

    /**
     * Roll-up rows of one table gathered before they are written out (~200 bytes each): the fine
     * roll-ups grow with the file, the coarse ones saturate and stay in memory to the end.
     */
    private static final int MAX_ROLLUP_KEYS = 10_000;

    private static final String INSERT_REJECTED = """
            INSERT INTO rejected_row (run_id, file_name, sheet, row_number, column_name, reason, raw_values)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private final Connection connection;
    private final long runId;
    private final String fileName;
    private final MultiRowInsert insert;
    private final PreparedStatement update;
    private final PreparedStatement insertRejected;
    private final PreparedStatement select;
    /**
     * Tickets of earlier runs that this file repeats unchanged: their row is not rewritten, so the
     * position is noted in a temporary table of the import's own connection (gone with it).
     */
    private final PreparedStatement seenUnchanged;
    private final PreparedStatement findUnchanged;
    private final long startedNanos = System.nanoTime();
    private final NameCodes names;
    private final RollupDeltas rollups;
    private final RepeatWindow repeats;
    /**
     * Decides the repeat flags of the next batch while the writer writes this one (measured: 0.7 s of a
     * 1M-row import off the writer's thread). Batches are decided one after another, in file order.
     */
    private final ExecutorService deciding;
    private final java.util.ArrayDeque<Ahead> ahead = new java.util.ArrayDeque<>();
    private final java.util.function.Supplier<Connection> readConnections;
    /** The deciding thread's own connection, opened when it first reads the stored window. */
    private Connection windowConnection;

    /** A batch whose flags are being decided. */
    private record Ahead(List<Ticket> batch, Future<boolean[]> flags) {
    }

    /** Batches written before their repeat flags were decided: the writer does not wait for a decision. */
    private final LateRepeatFlags late;

    /** Sums a batch into the roll-up deltas on another core while SQLite inserts it (measured: 2.7 s of a 1M-row import). */
    private final ExecutorService summing;
    private boolean committed;
    private long inserted;
    private long updated;
    private long unchanged;
    private long rejected;

    /**
     * {@code readConnections} opens a connection of its own for the thread that decides repeat flags beside
     * the writer's ({@link #decideAhead}): it reads the stored window through it.
     */
    ImportTransaction(Connection connection, java.util.function.Supplier<Connection> readConnections, long runId,
            String fileName) throws SQLException {
        this.connection = connection;
        this.readConnections = readConnections;
        this.fileName = fileName;
        this.runId = runId;
        this.insert = new MultiRowInsert(connection, INSERT, ImportTransaction::insertRow, "", 1,
                TicketColumns.COUNT + 3, ROWS_PER_INSERT);
        insert.bindShared(1, runId);
        this.update = connection.prepareStatement(UPDATE);
        this.insertRejected = connection.prepareStatement(INSERT_REJECTED);
        this.select = connection.prepareStatement("SELECT " + TicketColumns.SELECT + ", is_repeat, last_run_id, "
                + NameCodes.nameOf("source_sheet_code") + " AS source_sheet, source_row FROM ticket_row WHERE ticket_id = ?");
        try (var st = connection.createStatement()) {
            st.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS run_unchanged "
                    + "(ticket_id TEXT PRIMARY KEY, source_sheet TEXT, source_row INTEGER NOT NULL)");
            st.executeUpdate("DELETE FROM run_unchanged");
        }
        this.seenUnchanged = connection.prepareStatement(
                "INSERT INTO run_unchanged (ticket_id, source_sheet, source_row) VALUES (?, ?, ?)");
        this.findUnchanged = connection.prepareStatement(
                "SELECT source_sheet, source_row FROM run_unchanged WHERE ticket_id = ?");
        this.names = NameCodes.load(connection);
        this.rollups = new RollupDeltas(names);
        this.late = new LateRepeatFlags(connection, rollups);
        this.repeats = new RepeatWindow(connection, this::windowConnection, RepeatWindow.windowDays(connection));
        this.deciding = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rectify-repeat-flags");
            thread.setDaemon(true);
            return thread;
        });
        this.summing = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rectify-rollup-sums");
            thread.setDaemon(true);
            return thread;
        });
    }

    public long runId() {
        return runId;
    }

    /**
     * Inserts new tickets and updates changed ones. A ticket id read earlier in this same file is
     * not merged: the later row is rejected naming both rows ({@code origins} runs beside {@code batch}).
     */
    public void upsert(List<Ticket> batch, List<RowOrigin> origins) {
        try {
            long tb = System.nanoTime();
            late.settle(LateRepeatFlags.MAX_BATCHES - 1);
            Ahead decision = nextDecision(batch);
            boolean[] flags = decision.flags().isDone() ? LateRepeatFlags.flagsOf(decision.flags()) : null;
            List<NewRow> rows = newRows(batch, origins, flags != null ? flags : new boolean[batch.size()]);
            phases[5] += since(tb);
            // Counted as new, with its repeat flag, while it is written; a ticket that turns out to exist is taken back below.
            Future<?> counting = summing.submit(() -> rows.forEach(r -> rollups.add(r.ticket(), +1, r.repeat())));
            long t0 = System.nanoTime();
            boolean[] unsure = insert.write(rows, this::bindNew);
            names.writeNew(connection); // before any row of the batch is read back with its names
            phases[0] += since(t0);
            long ta = System.nanoTime();
            awaitSums(counting);
            phases[6] += since(ta);
            Map<Integer, Stored> existing = takeBackExisting(rows, unsure);
            if (flags == null) {
                boolean[] writtenNow = new boolean[rows.size()];
                java.util.Arrays.fill(writtenNow, true);
                existing.keySet().forEach(i -> writtenNow[i] = false);
                late.add(batch, decision.flags(), writtenNow);
            }
            long t2 = System.nanoTime();
            updateAll(rows, existing);
            phases[1] += since(t2);
            long t3 = System.nanoTime();
            rollups.flushLargerThan(MAX_ROLLUP_KEYS, connection);
            phases[2] += since(t3);
        } catch (SQLException e) {
            throw failure("Cannot write tickets", e);
        }
    }

    // The steps of upsert, each a loop over the chunk's rows.

    private static List<NewRow> newRows(List<Ticket> batch, List<RowOrigin> origins, boolean[] repeat) {
        List<NewRow> rows = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            rows.add(new NewRow(batch.get(i), origins.get(i), repeat[i]));
        }
        return rows;
    }

    /**
     * Counts the rows written now; the others met a stored ticket, whose version is returned by row
     * index (in file order) and whose counts, summed as new, are taken back.
     */
    private Map<Integer, Stored> takeBackExisting(List<NewRow> rows, boolean[] unsure) throws SQLException {
        Map<Integer, Stored> existing = new java.util.LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            NewRow row = rows.get(i);
            Stored stored = unsure[i] ? stored(row.ticket().ticketId()) : null;
            if (!unsure[i] || stored.isRow(runId, row.origin())) {
                inserted++;
            } else {
                rollups.add(row.ticket(), -1, row.repeat());
                existing.put(i, stored);
            }
        }
        return existing;
    }

    private void updateAll(List<NewRow> rows, Map<Integer, Stored> existing) throws SQLException {
        Set<String> touched = new HashSet<>();
        for (Map.Entry<Integer, Stored> e : existing.entrySet()) {
            NewRow row = rows.get(e.getKey());
            Ticket t = row.ticket();
            // read once above; read again when an earlier row of this batch has changed the same ticket
            Stored stored = touched.add(t.ticketId()) ? e.getValue() : stored(t.ticketId());
            updateExisting(t, row.origin(), stored);
        }
    }

    /**
     * Starts deciding the repeat flags of a batch beside the writer, ahead of its {@link #upsert}. Batches
     * must be given in file order, each before any later one; a batch given twice is decided once.
     */
    public void decideAhead(List<Ticket> batch) {
        if (ahead.stream().noneMatch(a -> a.batch() == batch)) {
            ahead.addLast(new Ahead(batch, deciding.submit(() -> decideAll(batch))));
        }
    }

    private boolean[] decideAll(List<Ticket> batch) throws SQLException {
        boolean[] repeat = new boolean[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            repeat[i] = repeats.decide(batch.get(i));
        }
        return repeat;
    }

    /** The decision of the batch about to be written, started now if it was not ahead. */
    private Ahead nextDecision(List<Ticket> batch) {
        decideAhead(batch);
        Ahead next = ahead.pollFirst();
        if (next.batch() != batch) {
            throw new IllegalStateException("batches written out of the order they were decided in");
        }
        return next;
    }

    /** The deciding thread's connection for the stored window, opened when first needed. */
    private Connection windowConnection() {
        if (windowConnection == null) {
            windowConnection = readConnections.get();
        }
        return windowConnection;
    }

    private void bindNew(PreparedStatement st, int first, NewRow row) throws SQLException {
        int next = TicketColumns.bind(st, first, row.ticket(), names);
        next = bindOrigin(st, next, row.origin());
        st.setInt(next, row.repeat() ? 1 : 0);
    }

    /** A ticket's stored row as an import finds it: the version, its repeat flag, and which run and row wrote it last. */
    private record Stored(Ticket ticket, boolean repeat, long lastRunId, String sheet, long row) {

        /**
         * Whether this is the very row given at {@code origin} in run {@code runId}: written now (an earlier
         * row of the file with the same id has another row number; a ticket of an earlier run, another run).
         */
        boolean isRow(long runId, RowOrigin origin) {
            return lastRunId == runId && java.util.Objects.equals(sheet, origin.sheet()) && row == origin.rowNumber();
        }
    }

    private Stored stored(String ticketId) throws SQLException {
        select.setString(1, ticketId);
        try (ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("ticket " + ticketId + " was neither inserted nor found");
            }
            return new Stored(TicketColumns.read(rs), rs.getInt("is_repeat") == 1, rs.getLong("last_run_id"),
                    rs.getString("source_sheet"), rs.getLong("source_row"));
        }
    }

    /** Binds where a row was read: its sheet's code (null for a text file) and row number. */
    private int bindOrigin(PreparedStatement st, int first, RowOrigin origin) throws SQLException {
        TicketColumns.bindCode(st, first, names.nullableCode(origin.sheet()));
        st.setLong(first + 1, origin.rowNumber());
        return first + 2;
    }

    private static void awaitSums(Future<?> counting) {
        try {
            counting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while summing the roll-ups", e);
        } catch (ExecutionException e) {
            throw new StoreException("Cannot sum the roll-ups: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Updates a ticket seen before (one at a time, so that the rows of one batch follow each other),
     * or rejects it when an earlier row of this file already had its id.
     */
    private void updateExisting(Ticket t, RowOrigin origin, Stored stored) throws SQLException {
        Ticket before = stored.ticket();
        boolean wasRepeat = stored.repeat();
        RowOrigin first = stored.lastRunId() == runId ? new RowOrigin(stored.sheet(), stored.row(), List.of()) : null;
        if (first == null) {
            first = readUnchanged(t.ticketId());
        }
        if (first != null) {
            repeats.notStoredAsDecided(); // its row was taken into the flags decided inline
            reject(new RejectedRow(fileName, origin.sheet(), origin.rowNumber(), null,
                    org.rectify.domain.RowProblem.DUPLICATE_ID.text(t.ticketId(), first.describe(), origin.describe()),
                    origin.cells()));
            return;
        }
        bindUpdate(t, origin);
        if (update.executeBatch()[0] > 0) {
            updated++;
            rollups.add(before, -1);
            rollups.add(t, +1);
            if (RepeatWindow.mattersForRepeats(before, t)) {
                repeats.replaced(before, wasRepeat, t, rollups);
            }
        } else {
            unchanged++;
            seenUnchanged.setString(1, t.ticketId());
            seenUnchanged.setString(2, origin.sheet());
            seenUnchanged.setLong(3, origin.rowNumber());
            seenUnchanged.executeUpdate();
        }
    }

    private RowOrigin readUnchanged(String ticketId) throws SQLException {
        findUnchanged.setString(1, ticketId);
        try (ResultSet rs = findUnchanged.executeQuery()) {
            return rs.next() ? new RowOrigin(rs.getString(1), rs.getLong(2), List.of()) : null;
        }
    }

    private void bindUpdate(Ticket t, RowOrigin origin) throws SQLException {
        int next = TicketColumns.bindAllButId(update, 1, t, names);
        update.setLong(next++, runId);
        next = bindOrigin(update, next, origin);
        update.setString(next++, t.ticketId());
        TicketColumns.bindAllButId(update, next, t, names);
        update.addBatch();
    }

    public void reject(RejectedRow row) {
        try {
            insertRejected.setLong(1, runId);
            insertRejected.setString(2, row.fileName());
            insertRejected.setString(3, row.sheet());
            insertRejected.setLong(4, row.rowNumber());
            insertRejected.setString(5, row.column());
            insertRejected.setString(6, row.reason());
            insertRejected.setString(7, RawValues.toJson(row.rawValues()));
            insertRejected.executeUpdate();
            rejected++;
        } catch (SQLException e) {
            throw failure("Cannot keep rejected row " + row.rowNumber(), e);
        }
    }

    public ImportCounts counts(long rowsRead) {
        return new ImportCounts(rowsRead, inserted, updated, unchanged, rejected);
    }

    /** Records the file's hash, read with its rows (the run was begun without it). */
    public void recordContentHash(String hash) {
        try {
            SyncLog.setContentHash(connection, runId, hash);
        } catch (SQLException e) {
            throw failure("Cannot record the file's hash", e);
        }
    }

    /** Marks the run done with its counts and makes the file's changes durable. */
    public void commit(ImportCounts counts, String note) {
        try {
            long t4 = System.nanoTime();
            late.settle(0); // the pass below reads the flags the rows hold
            repeats.recompute(rollups);
            rollups.applyTo(connection);
            phases[3] = since(t4);
            SyncLog.finish(connection, runId, "done", counts, note, (System.nanoTime() - startedNanos) / 1_000_000);
            long t5 = System.nanoTime();
            connection.commit();
            phases[4] = since(t5);
            committed = true;
            StringBuilder where = new StringBuilder();
            for (int i = 0; i < phases.length; i++) {
                where.append(i == 0 ? "" : ", ").append(PHASE_NAMES[i]).append(' ').append(phases[i] / 1_000_000).append(" ms");
            }
            LOG.info("Run {} wrote {} rows in {} ms: {}", runId, counts.read(), since(startedNanos) / 1_000_000, where);
        } catch (SQLException e) {
            throw failure("Cannot commit the import", e);
        }
    }

    /** Waits for a decision still running (a cancelled import) before its connection is closed. */
    private void awaitDeciding() {
        try {
            deciding.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The failure of a write, said plainly when the disk is full (SQLite has then rolled the file's
     * transaction back already: nothing of the file stays).
     */
    private StoreException failure(String doing, SQLException e) {
        if (e instanceof org.sqlite.SQLiteException sqlite && (sqlite.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_FULL
                || sqlite.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_IOERR_WRITE)) {
            return new StoreException("The disk holding the store is full: the import of " + fileName
                    + " was undone and nothing of it was stored. Free some space and import it again.", e);
        }
        return new StoreException(doing + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            if (!committed) {
                try {
                    connection.rollback();
                } catch (SQLException e) {
                    // SQLite rolls back by itself after some errors (a full disk): nothing is left to undo
                    LOG.warn("Rolling back the import of {}: {}", fileName, e.getMessage());
                }
            }
            insert.close();
            rollups.close();
            update.close();
            insertRejected.close();
            select.close();
            late.close();
            seenUnchanged.close();
            findUnchanged.close();
            summing.shutdownNow();
            deciding.shutdownNow();
            awaitDeciding();
            if (windowConnection != null) {
                windowConnection.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the import transaction: " + e.getMessage(), e);
        }
    }
}
