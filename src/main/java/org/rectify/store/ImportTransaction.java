package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rectify.domain.ImportCounts;
import org.rectify.domain.RejectedRow;
import org.rectify.domain.RowOrigin;
import org.rectify.domain.Ticket;
import org.rectify.store.StoredTickets.Stored;
import org.rectify.store.WritePhases.Phase;

/**
 * Everything one file writes, in one transaction: its sync-run row, the upserted tickets and
 * the rejected rows. Closing without {@link #commit} rolls all of it back, so a file lands
 * whole or not at all (and a killed process leaves the store as it was).
 */
public final class ImportTransaction implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportTransaction.class);

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
     * Roll-up rows of one table gathered before they are written out (~200 bytes each): the daily
     * roll-ups grow with the file's days, the monthly ones saturate and stay in memory to the end.
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
    private final WritePhases phases = new WritePhases();
    private final NameCodes names;
    private final RollupDeltas rollups;
    private final RepeatWindow repeats;
    private final RepeatDecisions decisions;
    private final SeenBefore seenBefore;

    /** Batches written before their repeat flags were decided: the writer does not wait for a decision. */
    private final LateRepeatFlags late;

    /** Sums a batch into the roll-up deltas on another core while SQLite inserts it (measured: 2.7 s of a 1M-row import). */
    private final ExecutorService summing;
    private boolean committed;
    /** Whether the last batch brought names without a code (then the next is looked through first too). */
    private boolean namesStillComing = true;
    private long inserted;
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
        this.seenBefore = new SeenBefore(storedRows, runId, fileName, rollups, repeats, this::reject);
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
            long tb = WritePhases.now();
            late.settle(LateRepeatFlags.MAX_BATCHES - 1);
            Future<boolean[]> decision = decisions.next(batch);
            boolean[] flags = decision.isDone() ? LateRepeatFlags.flagsOf(decision) : null;
            List<NewRow> rows = newRows(batch, origins, flags != null ? flags : new boolean[batch.size()]);
            phases.add(Phase.DECIDING_REPEATS, tb);
            if (namesStillComing) {
                namesStillComing = names.giveByUse(batch); // new names come in the first batches; later ones race
            }
            // Counted as new, with its repeat flag, while it is written; a ticket that turns out to exist is taken back below.
            Future<?> counting = summing.submit(() -> rows.forEach(r -> rollups.add(r.ticket(), +1, r.repeat())));
            long t0 = WritePhases.now();
            boolean[] unsure = insert.write(rows, this::bindNew);
            names.writeNew(connection); // before any row of the batch is read back with its names
            phases.add(Phase.INSERTS, t0);
            long ta = WritePhases.now();
            awaitSums(counting);
            phases.add(Phase.WAITING_FOR_SUMS, ta);
            Map<Integer, Stored> existing = takeBackExisting(rows, unsure);
            if (flags == null) {
                boolean[] writtenNow = new boolean[rows.size()];
                java.util.Arrays.fill(writtenNow, true);
                existing.keySet().forEach(i -> writtenNow[i] = false);
                late.add(batch, decision, writtenNow);
            }
            long t2 = WritePhases.now();
            seenBefore.applyAll(batch, origins, existing);
            phases.add(Phase.UPDATES, t2);
            long t3 = WritePhases.now();
            rollups.flushLargerThan(MAX_ROLLUP_KEYS, connection);
            phases.add(Phase.ROLLUP_FLUSHES, t3);
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
                repeats.inserted(row.ticket());
            } else {
                rollups.add(row.ticket(), -1, row.repeat());
                existing.put(i, found);
            }
        }
        return existing;
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
        st.setObject(next, Integer.valueOf(row.repeat() ? 1 : 0)); // cached: setInt boxes anew
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
        return new ImportCounts(rowsRead, inserted, seenBefore.updated(), seenBefore.unchanged(), rejected);
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
            long t4 = WritePhases.now();
            late.settle(0); // the pass below reads the flags the rows hold
            repeats.recompute(rollups);
            repeats.keepRecent();
            rollups.applyTo(connection);
            phases.add(Phase.COMMIT_PASS, t4);
            SyncLog.finish(connection, runId, "done", counts, note, phases.elapsedMillis());
            long t5 = WritePhases.now();
            connection.commit();
            phases.add(Phase.COMMIT, t5);
            committed = true;
            LOG.info("Run {} wrote {} rows in {} ms: {}", runId, counts.read(), phases.elapsedMillis(), phases.describe());
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
