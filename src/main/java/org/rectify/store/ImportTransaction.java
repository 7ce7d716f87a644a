package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
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
import org.rectify.store.StoredTickets.Stored;

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
    private final PreparedStatement insertRejected;
    /** The tickets this file finds stored already: read back, updated, or noted as unchanged. */
    private final StoredTickets storedRows;
    private final long startedNanos = System.nanoTime();
    private final NameCodes names;
    private final RollupDeltas rollups;
    private final RepeatWindow repeats;
    private final RepeatDecisions decisions;

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
        this.fileName = fileName;
        this.runId = runId;
        this.insert = new MultiRowInsert(connection, INSERT, ImportTransaction::insertRow, "", 1,
                TicketColumns.COUNT + 3, ROWS_PER_INSERT);
        insert.bindShared(1, runId);
        this.insertRejected = connection.prepareStatement(INSERT_REJECTED);
        this.names = NameCodes.load(connection);
        this.storedRows = new StoredTickets(connection, runId, names);
        this.rollups = new RollupDeltas(names);
        this.late = new LateRepeatFlags(connection, rollups);
        this.decisions = new RepeatDecisions(readConnections, this::decideRepeat);
        this.repeats = new RepeatWindow(connection, decisions::windowConnection, RepeatWindow.windowDays(connection));
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
            Future<boolean[]> decision = decisions.next(batch);
            boolean[] flags = decision.isDone() ? LateRepeatFlags.flagsOf(decision) : null;
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
                late.add(batch, decision, writtenNow);
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
            Stored found = unsure[i] ? storedRows.read(row.ticket().ticketId()) : null;
            if (!unsure[i] || found.isRow(runId, row.origin())) {
                inserted++;
            } else {
                rollups.add(row.ticket(), -1, row.repeat());
                existing.put(i, found);
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
            Stored found = touched.add(t.ticketId()) ? e.getValue() : storedRows.read(t.ticketId());
            updateExisting(t, row.origin(), found);
        }
    }

    /**
     * Starts deciding the repeat flags of a batch beside the writer, ahead of its {@link #upsert}. Batches
     * must be given in file order, each before any later one; a batch given twice is decided once.
     */
    public void decideAhead(List<Ticket> batch) {
        decisions.ahead(batch);
    }

    /** On the deciding thread, in file order. */
    private boolean decideRepeat(Ticket ticket) throws SQLException {
        return repeats.decide(ticket);
    }

    private void bindNew(PreparedStatement st, int first, NewRow row) throws SQLException {
        int next = TicketColumns.bind(st, first, row.ticket(), names);
        next = StoredTickets.bindOrigin(st, next, row.origin(), names);
        st.setInt(next, row.repeat() ? 1 : 0);
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
    private void updateExisting(Ticket t, RowOrigin origin, Stored found) throws SQLException {
        Ticket before = found.ticket();
        boolean wasRepeat = found.repeat();
        RowOrigin first = found.lastRunId() == runId ? new RowOrigin(found.sheet(), found.row(), List.of()) : null;
        if (first == null) {
            first = storedRows.unchangedEarlier(t.ticketId());
        }
        if (first != null) {
            repeats.notStoredAsDecided(); // its row was taken into the flags decided inline
            reject(new RejectedRow(fileName, origin.sheet(), origin.rowNumber(), null,
                    org.rectify.domain.RowProblem.DUPLICATE_ID.text(t.ticketId(), first.describe(), origin.describe()),
                    origin.cells()));
            return;
        }
        if (storedRows.update(t, origin)) {
            updated++;
            rollups.add(before, -1);
            rollups.add(t, +1);
            if (RepeatWindow.mattersForRepeats(before, t)) {
                repeats.replaced(before, wasRepeat, t, rollups);
            }
        } else {
            unchanged++;
            storedRows.noteUnchanged(t.ticketId(), origin);
        }
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
            insertRejected.close();
            storedRows.close();
            late.close();
            summing.shutdownNow();
            decisions.close();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the import transaction: " + e.getMessage(), e);
        }
    }
}
