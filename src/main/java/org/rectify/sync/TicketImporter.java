package org.rectify.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rectify.domain.ImportCounts;
import org.rectify.domain.SyncRun;
import org.rectify.domain.SyncStatus;
import org.rectify.domain.Ticket;
import org.rectify.store.ImportTransaction;
import org.rectify.store.SyncLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports export files of the standard layout: one transaction per file, upserting by ticket
 * number, rejected rows kept, every run logged, a file already seen skipped by its content hash.
 */
public final class TicketImporter {

    static final String PROFILE = "standard";
    private static final Logger LOG = LoggerFactory.getLogger(TicketImporter.class);
    private static final int BATCH = 1_000;
    private static final int PROGRESS_EVERY = 5_000;

    private final SyncLog syncLog;

    public TicketImporter(SyncLog syncLog) {
        this.syncLog = syncLog;
    }

    public FileImportResult importFile(Path file, ImportListener listener) {
        String name = file.getFileName().toString();
        String path = file.toAbsolutePath().toString();
        if (!Files.isRegularFile(file)) {
            return new FileImportResult(name, SyncStatus.REFUSED, ImportCounts.NONE, name + ": no such file (" + path + ")");
        }
        String hash;
        try {
            hash = ContentHash.of(file);
        } catch (FileRefusedException e) {
            return new FileImportResult(name, SyncStatus.REFUSED, ImportCounts.NONE, e.getMessage());
        }
        Optional<SyncRun> earlier = syncLog.findImported(hash);
        if (earlier.isPresent()) {
            String message = name + ": already imported (run " + earlier.get().id() + ", " + earlier.get().fileName()
                    + ", " + earlier.get().startedAt().toLocalDate() + "); nothing changed";
            syncLog.recordWithoutRows(name, path, hash, PROFILE, SyncStatus.SKIPPED, ImportCounts.NONE, message);
            return new FileImportResult(name, SyncStatus.SKIPPED, ImportCounts.NONE, message);
        }
        try {
            ImportCounts counts = importRows(file, name, path, hash, listener);
            LOG.info("Imported {}: {}", name, counts);
            return new FileImportResult(name, SyncStatus.DONE, counts, null);
        } catch (FileRefusedException e) {
            syncLog.recordWithoutRows(name, path, hash, PROFILE, SyncStatus.REFUSED, ImportCounts.NONE, e.getMessage());
            return new FileImportResult(name, SyncStatus.REFUSED, ImportCounts.NONE, e.getMessage());
        } catch (ImportCancelledException e) {
            syncLog.recordWithoutRows(name, path, hash, PROFILE, SyncStatus.CANCELLED, ImportCounts.NONE, e.getMessage());
            return new FileImportResult(name, SyncStatus.CANCELLED, ImportCounts.NONE, e.getMessage());
        }
    }

    private ImportCounts importRows(Path file, String name, String path, String hash, ImportListener listener) {
        long totalBytes = file.toFile().length();
        long started = System.nanoTime();
        try (RowSource source = new CsvRowSource(file)) {
            TicketMapper mapper = new TicketMapper(name, ColumnMapping.standardLayout(name, source.headers()));
            try (ImportTransaction tx = syncLog.begin(name, path, hash, PROFILE)) {
                List<Ticket> batch = new ArrayList<>(BATCH);
                long rows = 0;
                while (source.hasNext()) {
                    TicketMapper.Mapped mapped = mapper.map(source.next());
                    rows++;
                    if (mapped.ticket() != null) {
                        batch.add(mapped.ticket());
                    } else {
                        tx.reject(mapped.rejection());
                    }
                    if (batch.size() == BATCH) {
                        tx.upsert(batch);
                        batch.clear();
                    }
                    if (rows % PROGRESS_EVERY == 0) {
                        if (listener.cancelRequested()) {
                            throw new ImportCancelledException(name);
                        }
                        report(listener, name, rows, source.bytesRead(), totalBytes, started);
                    }
                }
                tx.upsert(batch);
                ImportCounts counts = tx.counts(rows);
                tx.commit(counts);
                report(listener, name, rows, totalBytes, totalBytes, started);
                return counts;
            }
        }
    }

    private static void report(ImportListener listener, String name, long rows, long bytes, long total, long started) {
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        listener.progress(new ImportProgress(name, rows, bytes, total, rows / seconds));
    }
}
