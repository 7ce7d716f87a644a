package org.rectify.sync.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rectify.store.Settings;
import org.rectify.sync.FileImportResult;
import org.rectify.sync.ImportCancelledException;
import org.rectify.sync.ImportListener;
import org.rectify.sync.ImportProgress;
import org.rectify.sync.SubscriberImporter;
import org.rectify.sync.TicketImporter;

/**
 * Writes the demo export files and loads them through the same import path as a user's files,
 * reporting one overall fraction: writing is the first fifth, importing the rest.
 */
public final class DemoLoader {

    /** Overall progress, 0..1, with a short description of the step. */
    public interface Progress {
        void update(double fraction, String step);

        default boolean cancelRequested() {
            return false;
        }
    }

    private static final double WRITE_SHARE = 0.2;

    private final TicketImporter ticketImporter;
    private final SubscriberImporter subscriberImporter;
    private final Settings settings;

    public DemoLoader(TicketImporter ticketImporter, SubscriberImporter subscriberImporter, Settings settings) {
        this.ticketImporter = ticketImporter;
        this.subscriberImporter = subscriberImporter;
        this.settings = settings;
    }

    public List<FileImportResult> load(Path exportFolder, int scale, Progress progress) {
        List<Path> files = new DemoExport(scale, DemoExport.DEFAULT_SEED).writeTo(exportFolder, f -> {
            // a cancel while the files are written stops before anything is imported
            if (progress.cancelRequested()) {
                throw new ImportCancelledException(exportFolder.toString());
            }
            progress.update(f * WRITE_SHARE, "write");
        });
        // marked first: a demo cut short is still demo data
        settings.set(Settings.DEMO_STORE, "true");
        subscriberImporter.importFile(files.get(0));
        List<FileImportResult> results = new ArrayList<>();
        int ticketFiles = files.size() - 1;
        for (int i = 1; i < files.size(); i++) {
            double done = (i - 1.0) / ticketFiles;
            String step = files.get(i).getFileName().toString();
            results.add(ticketImporter.importFile(files.get(i), new ImportListener() {
                @Override
                public void progress(ImportProgress p) {
                    progress.update(WRITE_SHARE + (1 - WRITE_SHARE) * (done + p.fraction() / ticketFiles), step);
                }

                @Override
                public boolean cancelRequested() {
                    return progress.cancelRequested();
                }
            }));
        }
        return results;
    }
}
