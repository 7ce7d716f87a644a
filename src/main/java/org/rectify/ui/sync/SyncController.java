package org.rectify.ui.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import org.rectify.domain.RejectedRow;
import org.rectify.domain.SyncRun;
import org.rectify.domain.SyncStatus;
import org.rectify.report.table.TableExport;
import org.rectify.sync.FileImportResult;
import org.rectify.sync.FolderSync;
import org.rectify.sync.ImportListener;
import org.rectify.sync.ImportProfile;
import org.rectify.sync.ImportProgress;
import org.rectify.ui.common.DesktopSync;
import org.rectify.ui.common.DialogService;
import org.rectify.ui.common.TaskRunner;
import org.rectify.ui.i18n.Messages;

/**
 * Imports the files the user brings (chosen, or dropped anywhere on the window) one after the
 * other, off the FX thread, each with its progress and a cancel; keeps the log of runs and the
 * chosen run's rejected rows; exports those rows; imports a file again after its profile was fixed.
 */
public final class SyncController {

    /** Rejected rows listed on screen per run; the export writes all of them. */
    static final int REJECTED_SHOWN = 2_000;
    private static final int HISTORY_SHOWN = 300;

    private final DesktopSync sync;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Runnable onDataChanged;
    private final SyncModel model = new SyncModel();
    private final ChangeListener<SyncRun> onRunChosen = (obs, old, run) -> loadRejected(run);
    private Consumer<Path> wizardOpener = file -> { };
    private Consumer<Path> folderWatch = folder -> { };
    private int rejectedRequest;
    private boolean dataChangedSinceRefresh;

    public SyncController(DesktopSync sync, Path watchedFolder, TaskRunner runner, DialogService dialogs,
                          Runnable onDataChanged) {
        this.sync = sync;
        this.runner = runner;
        this.dialogs = dialogs;
        this.onDataChanged = onDataChanged;
        model.setWatchedFolder(watchedFolder == null ? "" : watchedFolder.toString());
    }

    public SyncModel model() {
        return model;
    }

    /** Who opens the mapping wizard for a file (set once the wizard exists). */
    public void setWizardOpener(Consumer<Path> opener) {
        this.wizardOpener = opener;
    }

    /** Who starts watching a folder (null: stops watching), set once the app's start-up exists. */
    public void setFolderWatch(Consumer<Path> watch) {
        this.folderWatch = watch;
    }

    /** Shows the folder watched now (the screen was built again, e.g. in another language). */
    public void showWatchedFolder(Path folder) {
        model.setWatchedFolder(folder == null ? "" : folder.toString());
    }

    /** A folder chosen to be watched from now on: saved for the next starts too, synced at once. */
    public void chooseWatchedFolder() {
        dialogs.chooseFolder(Messages.get("sync.watched.choose")).ifPresent(this::watchFolder);
    }

    /** Watches {@code folder} from now on (what the chooser's answer does). */
    public void watchFolder(Path folder) {
        runner.run(() -> {
            sync.settings().set(org.rectify.store.Settings.WATCH_FOLDER, folder.toAbsolutePath().toString());
            return folder;
        }, chosen -> {
            model.setWatchedFolder(chosen.toAbsolutePath().toString());
            model.setLastScan(null);
            folderWatch.accept(chosen);
        }, error -> model.setError(error.getMessage()));
    }

    /** No folder watched any more (the files already imported stay). */
    public void stopWatching() {
        runner.run(() -> {
            sync.settings().remove(org.rectify.store.Settings.WATCH_FOLDER);
            return Boolean.TRUE;
        }, done -> {
            model.setWatchedFolder("");
            model.setLastScan(null);
            folderWatch.accept(null);
        }, error -> model.setError(error.getMessage()));
    }

    public void attach() {
        model.selectedRun().addListener(onRunChosen);
        reloadHistory();
    }

    public void detach() {
        model.selectedRun().removeListener(onRunChosen);
    }

    /** Files and folders (their exports, in name order) join the queue. */
    public void addFiles(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try {
                    files.addAll(FolderSync.candidates(path));
                } catch (RuntimeException e) {
                    model.setError(e.getMessage());
                }
            } else {
                files.add(path);
            }
        }
        files.forEach(file -> model.jobs().add(new FileJob(file, null, false)));
        pump();
    }

    /** The file again with this profile (from the wizard), whether or not its content was imported before. */
    public void importWith(Path file, ImportProfile profile) {
        model.jobs().add(new FileJob(file, profile, true));
        pump();
    }

    /** A run of the log imported again with every profile: its rows rejected before may now be stored. */
    public void runAgain(SyncRun run) {
        if (run.filePath() == null || !Files.isRegularFile(Path.of(run.filePath()))) {
            model.setError(Messages.format("sync.rerun.missing", run.filePath()));
            return;
        }
        model.jobs().add(new FileJob(Path.of(run.filePath()), null, true));
        pump();
    }

    public void openWizard(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            model.setError(Messages.format("sync.rerun.missing", String.valueOf(file)));
            return;
        }
        model.setError("");
        wizardOpener.accept(file);
    }

    /** For a picture of the screen: the latest run with rejected rows chosen, its rows listed. */
    public void showcase() {
        model.history().stream().filter(r -> r.counts().rejected() > 0).findFirst()
                .ifPresent(r -> model.selectedRun().set(r));
    }

    /** For a picture of the wizard: opened on the latest refused file of the log still there; false when none is. */
    public boolean showcaseWizard() {
        return model.history().stream()
                .filter(r -> r.status() == SyncStatus.REFUSED && r.filePath() != null && Files.isRegularFile(Path.of(r.filePath())))
                .findFirst().map(r -> {
                    openWizard(Path.of(r.filePath()));
                    return true;
                }).orElse(false);
    }

    /** The wizard takes the screen, or gives it back. */
    public void showWizard(boolean shown) {
        model.setWizardShown(shown);
    }

    /** Stops a file: while it waits it is dropped; while it imports, nothing of it stays. */
    public void cancel(FileJob job) {
        job.requestCancel();
        if (job.state().get() == FileJob.State.WAITING) {
            job.cancelledBeforeStart();
        }
    }

    /** The finished files leave the list. */
    public void clearFinished() {
        model.jobs().removeIf(FileJob::finished);
    }

    /** A scan of the watched folder ended (empty or not). */
    public void folderScanned(List<FileImportResult> results) {
        model.setLastScan(LocalDateTime.now());
        if (!results.isEmpty()) {
            reloadHistory();
        }
    }

    private boolean importing() {
        return model.jobs().stream().anyMatch(j -> j.state().get() == FileJob.State.IMPORTING);
    }

    /** Starts the next waiting file unless one is importing: the store takes one writer at a time. */
    private void pump() {
        if (importing()) {
            return;
        }
        FileJob next = model.jobs().stream().filter(j -> j.state().get() == FileJob.State.WAITING).findFirst().orElse(null);
        if (next == null) {
            return;
        }
        next.started();
        ImportListener listener = new ImportListener() {
            @Override
            public void progress(ImportProgress progress) {
                Platform.runLater(() -> next.progressed(progress.rowsRead(), progress.rowsPerSecond(), progress.fraction()));
            }

            @Override
            public boolean cancelRequested() {
                return next.cancelRequested();
            }
        };
        runner.run(() -> importOne(next, listener), result -> {
            next.finished(result);
            dataChangedSinceRefresh |= result.status() == SyncStatus.DONE;
            afterFile();
        }, error -> {
            next.finished(new FileImportResult(next.fileName(), SyncStatus.FAILED,
                    org.rectify.domain.ImportCounts.NONE, null, error.getMessage()));
            afterFile();
        });
    }

    /**
     * The log read again, the next file started; once none is left, the screens and the header read
     * the new data — once for a folder of files, not once per file.
     */
    private void afterFile() {
        reloadHistory();
        pump();
        if (!importing() && dataChangedSinceRefresh) {
            dataChangedSinceRefresh = false;
            onDataChanged.run();
        }
    }

    private FileImportResult importOne(FileJob job, ImportListener listener) {
        List<ImportProfile> profiles = job.profile() != null ? List.of(job.profile()) : sync.importer().profiles().all();
        return job.again() ? sync.importer().reimportFile(job.file(), profiles, listener)
                : sync.importer().importFile(job.file(), profiles, listener);
    }

    public void reloadHistory() {
        runner.run(() -> sync.log().recent(HISTORY_SHOWN), runs -> {
            SyncRun chosen = model.selectedRun().get();
            model.history().setAll(runs);
            model.setHistoryLoaded(true);
            if (chosen != null) {
                runs.stream().filter(r -> r.id() == chosen.id()).findFirst().ifPresent(r -> model.selectedRun().set(r));
            }
        }, error -> model.setError(error.getMessage()));
    }

    private void loadRejected(SyncRun run) {
        int request = ++rejectedRequest;
        if (run == null || run.counts().rejected() == 0) {
            model.rejected().clear();
            return;
        }
        runner.run(() -> sync.rejectedRows().first(run.id(), REJECTED_SHOWN), rows -> {
            if (request == rejectedRequest) {
                model.rejected().setAll(rows);
            }
        }, error -> model.setError(error.getMessage()));
    }

    /** Every rejected row of the chosen run to XLSX or CSV, with where it came from, why, and its cells. */
    public void exportRejected() {
        SyncRun run = model.selectedRun().get();
        if (run == null) {
            return;
        }
        String suggested = Messages.format("sync.rejected.exportName", run.id(), stem(run.fileName()));
        dialogs.chooseSaveFile(Messages.get("sync.rejected.export"), suggested, "xlsx").ifPresent(file ->
                runner.run(() -> TableExport.write(file, Messages.get("sync.rejected.sheet"), rejectedHeader(),
                                rows -> sync.rejectedRows().forEach(run.id(), (id, row) -> rows.row(cells(row)))),
                        count -> dialogs.showInfo(Messages.format("sync.rejected.exported", count, file.toString())),
                        error -> dialogs.showError(Messages.get("sync.rejected.export"), error.getMessage())));
    }

    private static String stem(String fileName) {
        return fileName.replaceFirst("\\.[^.]+$", "");
    }

    private static List<String> rejectedHeader() {
        return List.of(Messages.get("sync.rejected.col.file"), Messages.get("sync.rejected.col.sheet"),
                Messages.get("sync.rejected.col.row"), Messages.get("sync.rejected.col.column"),
                Messages.get("sync.rejected.col.reason"), Messages.get("sync.rejected.col.raw"));
    }

    private static List<String> cells(RejectedRow row) {
        List<String> cells = new ArrayList<>(List.of(row.fileName(), row.sheet() == null ? "" : row.sheet(),
                Long.toString(row.rowNumber()), row.column() == null ? "" : row.column(),
                org.rectify.ui.common.RowProblemText.say(row.reason())));
        cells.addAll(row.rawValues());
        return cells;
    }
}
