package org.rectify.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Latest request wins": each request runs in the background, and only the result of the newest
 * one reaches the screen; results of requests overtaken by a later one are dropped.
 */
public final class LatestRequest {

    private final TaskRunner runner;
    private long generation;

    public LatestRequest(TaskRunner runner) {
        this.runner = runner;
    }

    /** Call on the FX thread; {@code onDone} and {@code onError} run on it, and only for the latest request. */
    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        long mine = ++generation;
        runner.run(work, result -> {
            if (mine == generation) {
                onDone.accept(result);
            }
        }, error -> {
            if (mine == generation) {
                onError.accept(error);
            }
        });
    }

    /** Makes every request in flight stale (a screen being hidden). */
    public void cancel() {
        generation++;
    }
}
