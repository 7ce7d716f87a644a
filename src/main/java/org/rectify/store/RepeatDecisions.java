package org.rectify.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.rectify.domain.Ticket;

/**
 * Decides the repeat flags of a file's batches on a thread of their own while the writer writes the
 * batch before (measured: 0.7 s of a 1M-row import off the writer's thread), one batch after another in
 * file order. That thread reads the stored window through a connection of its own: the committed store,
 * which is what it needs.
 */
final class RepeatDecisions implements AutoCloseable {

    /** The flag of one ticket, decided in file order. */
    @FunctionalInterface
    interface Decider {
        boolean decide(Ticket ticket) throws SQLException;
    }

    /** A batch whose flags are being decided. */
    private record Ahead(List<Ticket> batch, Future<boolean[]> flags) {
    }

    private final Decider decider;
    private final Supplier<Connection> readConnections;
    private final ExecutorService deciding = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rectify-repeat-flags");
        thread.setDaemon(true);
        return thread;
    });
    private final ArrayDeque<Ahead> ahead = new ArrayDeque<>();
    /** The deciding thread's own connection, opened when it first reads the stored window. */
    private Connection windowConnection;

    RepeatDecisions(Supplier<Connection> readConnections, Decider decider) {
        this.readConnections = readConnections;
        this.decider = decider;
    }

    /** Starts deciding a batch; batches come in file order, each before any later one; one given twice is decided once. */
    void ahead(List<Ticket> batch) {
        if (ahead.stream().noneMatch(a -> a.batch() == batch)) {
            ahead.addLast(new Ahead(batch, deciding.submit(() -> decideAll(batch))));
        }
    }

    /** The flags of the batch about to be written, started now if they were not ahead. */
    Future<boolean[]> next(List<Ticket> batch) {
        ahead(batch);
        Ahead next = ahead.pollFirst();
        if (next.batch() != batch) {
            throw new IllegalStateException("batches written out of the order they were decided in");
        }
        return next.flags();
    }

    /** For the deciding thread only: its connection, opened when first needed. */
    Connection windowConnection() {
        if (windowConnection == null) {
            windowConnection = readConnections.get();
        }
        return windowConnection;
    }

    private boolean[] decideAll(List<Ticket> batch) throws SQLException {
        boolean[] repeat = new boolean[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            repeat[i] = decider.decide(batch.get(i));
        }
        return repeat;
    }

    /** Stops deciding (a cancelled import's decision still running is waited for) and closes the connection. */
    @Override
    public void close() throws SQLException {
        deciding.shutdownNow();
        try {
            deciding.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (windowConnection != null) {
            windowConnection.close();
        }
    }
}
