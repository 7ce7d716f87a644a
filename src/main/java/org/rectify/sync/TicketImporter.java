package org.rectify.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.rectify.domain.ImportCounts;
import org.rectify.domain.SyncRun;
import org.rectify.domain.SyncStatus;
import org.rectify.store.ImportTransaction;
import org.rectify.store.RunFile;
import org.rectify.store.SyncLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports export files: one transaction per file, upserting by ticket number, rejected rows
 * kept, every run logged, a file already seen skipped by its content hash. A reader thread parses
 * and maps while this thread writes, so both cores work.
 */
public final class TicketImporter {

    private static final Logger LOG = LoggerFactory.getLogger(TicketImporter.class);

    private final SyncLog syncLog;
    private final ProfileLibrary profiles;

    /** An importer that knows the built-in profiles only. */
    public TicketImporter(SyncLog syncLog) {
        this(syncLog, ProfileLibrary.builtInOnly());
    }

    public TicketImporter(SyncLog syncLog, ProfileLibrary profiles) {
        this.syncLog = syncLog;
        this.profiles = profiles;
    }

    public ProfileLibrary profiles() {
        return profiles;
    }

    /** True when a file with the same content was imported before. */
    public boolean alreadyImported(Path file) {
        try {
            // a size no earlier import had is a content never imported: the file need not be hashed
            return syncLog.mayHaveImported(Files.size(file)) && syncLog.findImported(FileFacts.of(file).sha256()).isPresent();
        } catch (IOException | FileRefusedException e) {
            return false;
        }
    }

    /** Imports with the best-matching profile, the user's saved ones first, then the built-in ones. */
    public FileImportResult importFile(Path file, ImportListener listener) {
        return importFile(file, profiles.all(), listener);
    }

    /** Imports with the best match among {@code profiles} (one profile: that one). */
    public FileImportResult importFile(Path file, List<ImportProfile> profiles, ImportListener listener) {
        return importFile(file, profiles, listener, false, null);
    }

    /**
     * Imports a file whose facts were read beforehand, on another thread (the demo reads each month's
     * file as soon as it is written, while the month before is imported): the file must not change since.
     */
    public FileImportResult importFile(Path file, FileFacts facts, ImportListener listener) {
        return importFile(file, profiles.all(), listener, false, facts);
    }

    /**
     * Imports a file again although its content was imported before: after its profile was fixed,
     * the rows rejected last time may now be stored. Upserts make this safe (nothing twice).
     */
    public FileImportResult reimportFile(Path file, List<ImportProfile> profiles, ImportListener listener) {
        return importFile(file, profiles, listener, true, null);
    }

    /** One file at a time, whoever asks (the sync screen, the watched folder): SQLite has one writer. */
    private synchronized FileImportResult importFile(Path file, List<ImportProfile> profiles, ImportListener listener,
                                                     boolean again, FileFacts known) {
        String name = file.getFileName().toString();
        String path = file.toAbsolutePath().toString();
        if (!Files.isRegularFile(file)) {
            return new FileImportResult(name, SyncStatus.REFUSED, ImportCounts.NONE, null,
                    org.rectify.domain.ImportNote.NO_SUCH_FILE.text(name, path));
        }
        FileFacts facts;
        try {
            facts = known != null ? known : factsToImportBy(file, again);
        } catch (FileRefusedException e) {
            return new FileImportResult(name, SyncStatus.REFUSED, ImportCounts.NONE, null, e.getMessage());
        }
        Optional<SyncRun> earlier = again || !facts.complete() ? Optional.empty() : syncLog.findImported(facts.sha256());
        if (earlier.isPresent()) {
            String message = org.rectify.domain.ImportNote.ALREADY_IMPORTED.text(name, earlier.get().id(),
                    earlier.get().fileName(), earlier.get().startedAt().toLocalDate());
            syncLog.recordWithoutRows(new RunFile(name, path, facts.sha256(), facts.size()), earlier.get().profile(),
                    SyncStatus.SKIPPED, ImportCounts.NONE, message, 0);
            return new FileImportResult(name, SyncStatus.SKIPPED, ImportCounts.NONE, earlier.get().profile(), message);
        }
        if (facts.size() == 0) {
            String message = org.rectify.domain.ImportNote.EMPTY_FILE.text(name);
            syncLog.recordWithoutRows(new RunFile(name, path, facts.sha256(), 0), null, SyncStatus.REFUSED,
                    ImportCounts.NONE, message, 0);
            return new FileImportResult(name, SyncStatus.REFUSED, ImportCounts.NONE, null, message);
        }
        Run run = new Run(file, name, path, facts, profiles, listener);
        try {
            FileImportResult result;
            try {
                result = run.execute();
            } catch (NotUtf8Exception e) {
                LOG.info("{}: reading it again as GB18030", e.getMessage());
                run = new Run(file, name, path, facts.notUtf8(), profiles, listener);
                result = run.execute();
            }
            LOG.info("Imported {} with profile {}: {}", name, result.profile(), result.counts());
            return result;
        } catch (FileRefusedException e) {
            LOG.info("Refused {}", name, e);
            syncLog.recordWithoutRows(runFile(file, facts), run.profile, SyncStatus.REFUSED, ImportCounts.NONE,
                    e.getMessage(), run.elapsedMillis());
            return new FileImportResult(name, SyncStatus.REFUSED, ImportCounts.NONE, run.profile, e.getMessage());
        } catch (ImportCancelledException e) {
            syncLog.recordWithoutRows(runFile(file, facts), run.profile, SyncStatus.CANCELLED, ImportCounts.NONE,
                    e.getMessage(), run.elapsedMillis());
            return new FileImportResult(name, SyncStatus.CANCELLED, ImportCounts.NONE, run.profile, e.getMessage());
        }
    }

    /**
     * A text file of a size no earlier import had cannot have been imported before: its import starts
     * from the facts of its head and hashes the file as it reads it, instead of reading it once more first
     * (0.4 s for 1M rows). Any other file is hashed first, and skipped when its content was imported.
     */
    private FileFacts factsToImportBy(Path file, boolean again) {
        FileFacts head = FileFacts.head(file);
        boolean hashFirst = head.kind() != FileFacts.FileKind.TEXT || !again && syncLog.mayHaveImported(head.size());
        return hashFirst && !head.complete() ? FileFacts.of(file) : head;
    }

    /** The file of a run that ends without rows: hashed now if its reading stopped before the end. */
    private static RunFile runFile(Path file, FileFacts facts) {
        String hash = facts.sha256();
        if (hash == null) {
            try {
                hash = FileFacts.of(file).sha256();
            } catch (FileRefusedException e) {
                hash = ""; // no longer readable: the run is logged all the same
            }
        }
        return new RunFile(file.getFileName().toString(), file.toAbsolutePath().toString(), hash, facts.size());
    }

    /** One file's import: the reader thread produces chunks, this thread writes them in one transaction. */
    private final class Run {
        private final Path file;
        private final String name;
        private final String path;
        private final FileFacts facts;
        private final List<ImportProfile> profiles;
        private final ImportListener listener;
        private final BlockingQueue<MappingSink.Message> queue = new ArrayBlockingQueue<>(2);
        private final AtomicBoolean stop = new AtomicBoolean();
        private String profile;
        private final long startedNanos = System.nanoTime();
        /** Time the writer spent waiting for rows: when it is large, reading, not writing, is what to speed up. */
        private long waitedNanos;

        long elapsedMillis() {
            return (System.nanoTime() - startedNanos) / 1_000_000;
        }

        Run(Path file, String name, String path, FileFacts facts, List<ImportProfile> profiles, ImportListener listener) {
            this.file = file;
            this.name = name;
            this.path = path;
            this.facts = facts;
            this.profiles = profiles;
            this.listener = listener;
        }

        FileImportResult execute() {
            TableSource source = TableSource.open(file, facts,
                    profiles.size() == 1 ? profiles.get(0).readOptions() : ReadOptions.DETECT);
            Thread reader = new Thread(() -> read(source), "rectify-reader");
            reader.setDaemon(true);
            reader.start();
            long started = System.nanoTime();
            ImportTransaction tx = null;
            long rows = 0;
            long filtered = 0;
            try {
                while (true) {
                    long waitStarted = System.nanoTime();
                    MappingSink.Message message = take();
                    waitedNanos += System.nanoTime() - waitStarted;
                    if (message instanceof MappingSink.ProfileChosen chosen) {
                        profile = chosen.profile();
                        tx = syncLog.begin(new RunFile(name, path, facts.sha256(), facts.size()), profile);
                    } else if (message instanceof MappingSink.Chunk chunk) {
                        chunk.rejects().forEach(tx::reject);
                        // the next chunk's repeat flags are decided beside the writing of this one
                        tx.decideAhead(chunk.tickets());
                        if (queue.peek() instanceof MappingSink.Chunk next) {
                            tx.decideAhead(next.tickets());
                        }
                        tx.upsert(chunk.tickets(), chunk.origins());
                        rows += chunk.rows();
                        filtered += chunk.filtered();
                        if (listener.cancelRequested()) {
                            throw new ImportCancelledException(name);
                        }
                        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
                        listener.progress(new ImportProgress(name, rows, chunk.bytes(), facts.size(), rows / seconds));
                    } else if (message instanceof MappingSink.Finished finished) {
                        if (!facts.complete()) {
                            String hash = source.contentHash();
                            tx.recordContentHash(hash != null ? hash : FileFacts.of(file).sha256());
                        }
                        ImportCounts counts = tx.counts(rows);
                        LOG.info("{}: the writer waited {} ms for the reader", name, waitedNanos / 1_000_000);
                        String note = describe(filtered, finished.notes());
                        tx.commit(counts, note);
                        listener.progress(new ImportProgress(name, rows, facts.size(), facts.size(),
                                rows / Math.max(1e-9, (System.nanoTime() - started) / 1e9)));
                        return new FileImportResult(name, SyncStatus.DONE, counts, profile, note);
                    } else if (message instanceof MappingSink.Failed failed) {
                        throw failed.error();
                    }
                }
            } finally {
                stop.set(true);
                queue.clear();
                if (tx != null) {
                    tx.close();
                }
                try {
                    reader.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private String describe(long filtered, List<String> notes) {
            StringBuilder text = new StringBuilder();
            if (filtered > 0) {
                text.append(org.rectify.domain.ImportNote.FILTERED.text(String.format("%,d", filtered)));
            }
            for (String note : notes) {
                text.append(text.length() > 0 ? "; " : "").append(note);
            }
            return text.length() == 0 ? null : text.toString();
        }

        private void read(TableSource source) {
            MappingSink sink = new MappingSink(name, profiles, this::put, source::bytesRead, stop::get);
            try {
                source.read(sink);
                sink.finish();
            } catch (RuntimeException e) {
                put(new MappingSink.Failed(e));
            } catch (Error e) {
                put(new MappingSink.Failed(new IllegalStateException("reading " + name + " failed: " + e, e)));
            }
        }

        /** Hands a message to the writer; gives up once the writer has stopped listening. */
        private void put(MappingSink.Message message) {
            try {
                while (!stop.get()) {
                    if (queue.offer(message, 100, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private MappingSink.Message take() {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImportCancelledException(name);
            }
        }
    }
}
