package org.rectify.sync.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.rectify.store.Settings;
import org.rectify.sync.FileFacts;
import org.rectify.sync.FileImportResult;
import org.rectify.sync.ImportCancelledException;
import org.rectify.sync.ImportListener;
import org.rectify.sync.ImportProgress;
import org.rectify.sync.SubscriberImporter;
import org.rectify.sync.TicketImporter;

/**
 * Writes the demo export files and loads them through the same import path as a user's files. The
 * files are written on a thread of their own and each is imported as soon as it is complete, so that
 * writing and importing overlap (the first start's data is on screen sooner); the overall fraction
 * follows the files imported.
 */
public final class DemoLoader {

    /** Overall progress, 0..1, with a short description of the step. */
    public interface Progress {
        void update(double fraction, String step);

        default boolean cancelRequested() {
            return false;
        }
    }

    /** A file the writing thread completed, the end of the files, or why writing stopped. */
    /** A month's file as written, with its facts (hash, encoding) read by the writer while the month before is imported. */
    private record Written(Path file, FileFacts facts, RuntimeException failure) {
        static final Written END = new Written(null, null, null);
    }

    private final TicketImporter ticketImporter;
    private final SubscriberImporter subscriberImporter;
    private final Settings settings;

    public DemoLoader(TicketImporter ticketImporter, SubscriberImporter subscriberImporter, Settings settings) {
        this.ticketImporter = ticketImporter;
        this.subscriberImporter = subscriberImporter;
        this.settings = settings;
    }

    public List<FileImportResult> load(Path exportFolder, int scale, Progress progress) {
        BlockingQueue<Written> queue = new LinkedBlockingQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            try {
                new DemoExport(scale, DemoExport.DEFAULT_SEED).writeTo(exportFolder, f -> {
                    if (stop.get()) {
                        throw new ImportCancelledException(exportFolder.toString());
                    }
                }, file -> queue.add(new Written(file, FileFacts.of(file), null)));
                queue.add(Written.END);
            } catch (RuntimeException e) {
                queue.add(new Written(null, null, e));
            }
        }, "rectify-demo-writer");
        writer.setDaemon(true);
        writer.start();
        try {
            progress.update(0, "write");
            Path subscribers = next(queue, progress, exportFolder).file();
            // marked first: a demo cut short is still demo data
            settings.set(Settings.DEMO_STORE, "true");
            subscriberImporter.importFile(subscribers);
            List<FileImportResult> results = new ArrayList<>();
            for (Written month = next(queue, progress, exportFolder); month.file() != null;
                 month = next(queue, progress, exportFolder)) {
                double done = (double) results.size() / DemoPlan.MONTHS;
                String step = month.file().getFileName().toString();
                results.add(ticketImporter.importFile(month.file(), month.facts(), new ImportListener() {
                    @Override
                    public void progress(ImportProgress p) {
                        progress.update(Math.min(1, done + p.fraction() / DemoPlan.MONTHS), step);
                    }

                    @Override
                    public boolean cancelRequested() {
                        return progress.cancelRequested();
                    }
                }));
            }
            return results;
        } finally {
            stop.set(true);
        }
    }

    /** The next complete file ({@link Written#END} after the last), waiting for the writer; a cancel or a writing failure is thrown. */
    private static Written next(BlockingQueue<Written> queue, Progress progress, Path folder) {
        try {
            while (true) {
                if (progress.cancelRequested()) {
                    throw new ImportCancelledException(folder.toString());
                }
                Written written = queue.poll(100, TimeUnit.MILLISECONDS);
                if (written == null) {
                    continue;
                }
                if (written.failure() != null) {
                    throw written.failure();
                }
                return written;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportCancelledException(folder.toString());
        }
    }
}
