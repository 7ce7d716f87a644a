package org.rectify.ui.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One window per data folder. A second launch on a folder whose store another process writes leaves
 * a request file there ({@code rectify.front}); the window that writes the store takes it away and
 * comes to the front. A file, not a socket: the app opens no network connection, not even to itself,
 * and the folder is the thing both processes share.
 */
public final class FrontRequests implements AutoCloseable {

    static final String FILE = "rectify.front";
    private static final Logger LOG = LoggerFactory.getLogger(FrontRequests.class);

    private final ScheduledExecutorService poller;

    private FrontRequests(ScheduledExecutorService poller) {
        this.poller = poller;
    }

    /**
     * Asks the window that writes the store in {@code folder} to come to the front; true when it took the
     * request within {@code wait} (no window took it: the store's writer is a command, not the app).
     */
    public static boolean ask(Path folder, Duration wait) {
        Path request = folder.resolve(FILE);
        try {
            Files.writeString(request, Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline) {
                if (!Files.exists(request)) {
                    return true;
                }
                Thread.sleep(50);
            }
            Files.deleteIfExists(request);
            return false;
        } catch (IOException e) {
            LOG.warn("Cannot ask the running window to come forward: {}", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Takes the requests left in {@code folder} (checked twice a second) and runs {@code toFront} for each. */
    public static FrontRequests listen(Path folder, Runnable toFront) {
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rectify-front-requests");
            thread.setDaemon(true);
            return thread;
        });
        Path request = folder.resolve(FILE);
        try {
            Files.deleteIfExists(request); // one left by a launch while no window ran
        } catch (IOException e) {
            LOG.warn("Cannot clear an old window request: {}", e.getMessage());
        }
        poller.scheduleWithFixedDelay(() -> {
            try {
                if (Files.deleteIfExists(request)) {
                    LOG.info("Another launch on this data folder: the window comes to the front");
                    toFront.run();
                }
            } catch (IOException e) {
                LOG.warn("Cannot take a window request: {}", e.getMessage());
            }
        }, 0, 500, TimeUnit.MILLISECONDS);
        return new FrontRequests(poller);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
