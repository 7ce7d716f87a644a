package org.rectify.store;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.rectify.domain.RejectedRow;
import org.rectify.domain.RowOrigin;
import org.rectify.domain.RowProblem;
import org.rectify.domain.Ticket;
import org.rectify.store.StoredTickets.Stored;

/**
 * The rows of a file whose ticket the store holds already: each updates the stored version (its roll-up
 * counts and repeat flags moved with it), is noted unchanged, or — when an earlier row of the same file
 * had the ticket — is rejected naming both rows.
 */
final class SeenBefore {

    private final StoredTickets storedRows;
    private final long runId;
    private final String fileName;
    private final RollupDeltas rollups;
    private final RepeatWindow repeats;
    private final Consumer<RejectedRow> reject;
    private long updated;
    private long unchanged;

    SeenBefore(StoredTickets storedRows, long runId, String fileName, RollupDeltas rollups, RepeatWindow repeats,
            Consumer<RejectedRow> reject) {
        this.storedRows = storedRows;
        this.runId = runId;
        this.fileName = fileName;
        this.rollups = rollups;
        this.repeats = repeats;
        this.reject = reject;
    }

    long updated() {
        return updated;
    }

    long unchanged() {
        return unchanged;
    }

    /**
     * Applies a batch's rows that met a stored ticket, by their index in the batch (in file order), with
     * the stored versions read when they were met; one at a time, so that rows of one ticket follow each other.
     */
    void applyAll(List<Ticket> tickets, List<RowOrigin> origins, Map<Integer, Stored> met) throws SQLException {
        Set<String> touched = new HashSet<>();
        for (Map.Entry<Integer, Stored> e : met.entrySet()) {
            Ticket t = tickets.get(e.getKey());
            // read once when met; read again when an earlier row of this batch has changed the same ticket
            Stored found = touched.add(t.ticketId()) ? e.getValue() : storedRows.read(t.ticketId());
            apply(t, origins.get(e.getKey()), found);
        }
    }

    private void apply(Ticket t, RowOrigin origin, Stored found) throws SQLException {
        Ticket before = found.ticket();
        boolean wasRepeat = found.repeat();
        RowOrigin first = found.lastRunId() == runId ? new RowOrigin(found.sheet(), found.row(), List.of()) : null;
        if (first == null) {
            first = storedRows.unchangedEarlier(t.ticketId());
        }
        if (first != null) {
            repeats.notStored(t); // its row may have been taken into the flags decided inline
            reject.accept(new RejectedRow(fileName, origin.sheet(), origin.rowNumber(), null,
                    RowProblem.DUPLICATE_ID.text(t.ticketId(), first.describe(), origin.describe()), origin.cells()));
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
}
