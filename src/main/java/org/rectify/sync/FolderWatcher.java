package org.rectify.sync;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the export folder: syncs it once on start, then again whenever files appear or change,
 * after a quiet second (copies in progress are left until their size holds still). Each scan is
 * reported, an empty one too (the sync screen shows when the folder was last looked at).
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    private static final long QUIET_MILLIS = 1_000;

    private final Path folder;
    private final FolderSync sync;
    private final Consumer<List<FileImportResult>> onSynced;
    private final WatchService watcher;
    private final Thread thread;

    public FolderWatcher(Path folder, FolderSync sync, Consumer<List<FileImportResult>> onSynced) {
        this.folder = folder;
        this.sync = sync;
        this.onSynced = onSynced;
        try {
            this.watcher = FileSystems.getDefault().newWatchService();
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException e) {
            throw new FileRefusedException("Cannot watch the folder " + folder + ": " + e.getMessage(), e);
        }
        this.thread = new Thread(this::run, "rectify-folder-watcher");
        thread.setDaemon(true);
    }

    public FolderWatcher start() {
        thread.start();
        return this;
    }

    private void run() {
        try {
            syncNow();
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                drainUntilQuiet(key);
                syncNow();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until no event has arrived for a quiet second, so a burst of writes triggers one sync. */
    private void drainUntilQuiet(WatchKey first) throws InterruptedException {
        WatchKey key = first;
        while (key != null) {
            key.pollEvents();
            key.reset();
            key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void syncNow() {
        try {
            onSynced.accept(sync.syncOnce(folder, ImportListener.NONE));
        } catch (RuntimeException e) {
            LOG.error("Syncing the watched folder {} failed", folder, e);
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.warn("Closing the watch on {} failed", folder, e);
        }
    }
}
