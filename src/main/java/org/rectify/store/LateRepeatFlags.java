package org.rectify.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.rectify.domain.Ticket;

/**
 * Batches an import wrote before their repeat flags were decided, as if none of their rows were a
 * repeat, oldest first. The writer does not wait for a decision (the first one reads 30 days of stored
 * complaints: 30–50 ms of a weekly file's 100 ms into a 1M store); once a batch's decision is in, the
 * repeats among the rows it wrote are marked and counted into the roll-ups.
 */
final class LateRepeatFlags implements AutoCloseable {

    /** How many batches the writer may run ahead of the decisions: memory stays bounded. */
    static final int MAX_BATCHES = 8;

    /** {@code writtenNow}: the rows this import wrote (the others met a stored ticket; the pass at commit settles those). */
    private record Batch(List<Ticket> tickets, Future<boolean[]> flags, boolean[] writtenNow) {
    }

    private final ArrayDeque<Batch> batches = new ArrayDeque<>();
    private final PreparedStatement markRepeat;
    private final RollupDeltas rollups;

    LateRepeatFlags(Connection connection, RollupDeltas rollups) throws SQLException {
        this.markRepeat = connection.prepareStatement("UPDATE ticket_row SET is_repeat = 1 WHERE ticket_id = ?");
        this.rollups = rollups;
    }

    void add(List<Ticket> tickets, Future<boolean[]> flags, boolean[] writtenNow) {
        batches.addLast(new Batch(tickets, flags, writtenNow));
    }

    /**
     * Marks the repeats of the batches decided by now, oldest first, and then, waiting, of as many more
     * as leave at most {@code pending} undecided. Called by the writer between batches (the roll-ups'
     * summing thread is idle then).
     */
    void settle(int pending) throws SQLException {
        while (!batches.isEmpty() && (batches.size() > pending || batches.peekFirst().flags().isDone())) {
            Batch batch = batches.pollFirst();
            boolean[] flags = flagsOf(batch.flags());
            for (int i = 0; i < flags.length; i++) {
                if (flags[i] && batch.writtenNow()[i]) {
                    Ticket t = batch.tickets().get(i);
                    markRepeat.setString(1, t.ticketId());
                    markRepeat.executeUpdate();
                    rollups.addRepeat(rollups.complaintKey(t), +1);
                }
            }
        }
    }

    /** A decision's flags, waiting for them if need be. */
    static boolean[] flagsOf(Future<boolean[]> decision) {
        try {
            return decision.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while deciding repeat flags", e);
        } catch (ExecutionException e) {
            throw new StoreException("Cannot decide repeat flags: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void close() throws SQLException {
        markRepeat.close();
    }
}
