package org.rectify.ui.startup;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.rectify.sync.FileImportResult;
import org.rectify.sync.demo.DemoLoader;
import org.rectify.ui.common.DesktopServices;

/**
 * The demo load of a first start, begun before the window is built: the toolkit's start and the
 * window's construction (about two seconds) then overlap the load instead of preceding it. The
 * window's progress overlay attaches to it with {@link #await}.
 */
public final class DemoStart {

    private final CompletableFuture<List<FileImportResult>> result = new CompletableFuture<>();
    private volatile double fraction;
    private volatile String step = "write";
    private volatile boolean cancelled;

    private DemoStart() {
    }

    /** Begins loading the demo data when the store is empty and this process writes it; null otherwise. */
    public static DemoStart beginIfEmpty(DesktopServices services) {
        try {
            if (!services.writer() || !services.ticketQueries().isEmpty()) {
                return null;
            }
        } catch (RuntimeException e) {
            // a store that cannot even say whether it is empty is no place for the demo; the window says why
            org.slf4j.LoggerFactory.getLogger(DemoStart.class).error("Cannot look into the store", e);
            return null;
        }
        DemoStart start = new DemoStart();
        Thread loader = new Thread(() -> {
            try {
                start.result.complete(services.demoLoader().load(services.demoExportFolder(), 1, new DemoLoader.Progress() {
                    @Override
                    public void update(double fraction, String step) {
                        start.fraction = fraction;
                        start.step = step;
                    }

                    @Override
                    public boolean cancelRequested() {
                        return start.cancelled;
                    }
                }));
            } catch (RuntimeException e) {
                start.result.completeExceptionally(e);
            }
        }, "rectify-demo-load");
        loader.setDaemon(true);
        loader.start();
        return start;
    }

    /** Relays the load's progress to {@code progress} (and a cancel from it) until the load ends; its results. */
    List<FileImportResult> await(DemoLoader.Progress progress) throws InterruptedException {
        try {
            while (!result.isDone()) {
                progress.update(fraction, step);
                if (progress.cancelRequested()) {
                    cancelled = true;
                }
                Thread.sleep(400); // each change of the overlay redraws the window: a few times a second is enough
            }
        } catch (InterruptedException e) {
            cancelled = true; // the overlay's cancel interrupts its task: the load stops at its next chunk, rolled back
            throw e;
        }
        try {
            return result.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Waits until the load has stopped, finished or not (after a cancel). */
    void awaitEnd() {
        try {
            result.get(2, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // stopped by the cancel, or by a failure the log has: either way it has ended
        }
    }
}
