package org.rectify.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs queries and imports off the FX thread and hands results back on it. Two daemon threads:
 * one long job (an import) never starves the short queries.
 */
public final class TaskRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final ExecutorService executor;

    public TaskRunner() {
        AtomicInteger counter = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "rectify-worker-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code work} in the background; {@code onDone} or {@code onError} run on the FX thread. */
    public <T> Task<T> run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
        return submit(task, onDone, onError);
    }

    /** Submits a prepared task (one that reports progress itself). */
    public <T> Task<T> submit(Task<T> task, Consumer<T> onDone, Consumer<Throwable> onError) {
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> {
            LOG.error("Background task failed", task.getException());
            onError.accept(task.getException());
        });
        if (executor.isShutdown()) {
            LOG.debug("Window closing: background task not started");
            return task; // the window is closing; nothing will look at the result
        }
        executor.execute(task);
        return task;
    }

    public static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
