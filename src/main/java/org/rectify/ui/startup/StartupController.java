package org.rectify.ui.startup;

import java.util.List;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.rectify.domain.SyncStatus;
import org.rectify.sync.FolderWatcher;
import org.rectify.domain.TicketFilter;
import org.rectify.sync.FileImportResult;
import org.rectify.sync.demo.DemoLoader;
import org.rectify.ui.common.DesktopServices;
import org.rectify.ui.common.TaskRunner;
import org.rectify.ui.i18n.Messages;
import org.rectify.ui.shell.Shell;

/**
 * On start: an empty store is filled with the demo data (through the normal import path) in
 * the background, with progress shown and the window responsive; a store opened read-only says so.
 */
public final class StartupController {

    private final DesktopServices services;
    private final TaskRunner runner;
    /** The shell of the moment: a switch of language builds a new one. */
    private final java.util.function.Supplier<Shell> shell;
    private final Runnable onDataChanged;
    private final java.util.function.Consumer<List<FileImportResult>> onFolderScanned;

    /** The demo load begun before the window was built, or null. */
    private final DemoStart early;

    public StartupController(DesktopServices services, TaskRunner runner, java.util.function.Supplier<Shell> shell,
                             Runnable onDataChanged,
                             java.util.function.Consumer<List<FileImportResult>> onFolderScanned, DemoStart early) {
        this.early = early;
        this.onFolderScanned = onFolderScanned;
        this.services = services;
        this.runner = runner;
        this.shell = shell;
        this.onDataChanged = onDataChanged;
    }

    private FolderWatcher watcher;

    public void start() {
        watched = services.watchedFolder();
        if (!services.writer()) {
            shell.get().setStatus(Messages.get("app.readOnly"));
            return;
        }
        if (early != null) {
            loadDemo();
            return;
        }
        runner.run(() -> services.ticketQueries().isEmpty(), empty -> {
            if (empty) {
                loadDemo();
            } else {
                watchExportFolder();
            }
        }, error -> shell.get().setStatus(Messages.format("app.error", error.getMessage())));
    }

    /** The folder watched now (the one saved at start, or the one chosen since), or null. */
    private java.nio.file.Path watched;

    /**
     * Watches another folder from now on (null: none): the one watched so far is let go; the new one
     * is synced at once and whenever files appear.
     */
    public java.nio.file.Path watchedFolder() {
        return watched;
    }

    public void watch(java.nio.file.Path folder) {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        watched = folder;
        watchExportFolder();
    }

    /** Syncs the watched export folder now and whenever files appear there. */
    private void watchExportFolder() {
        java.nio.file.Path folder = watched;
        if (folder == null || watcher != null) {
            return;
        }
        try {
            watcher = new FolderWatcher(folder, services.folderSync(),
                    results -> Platform.runLater(() -> reportSynced(results))).start();
        } catch (RuntimeException e) {
            shell.get().setStatus(Messages.format("app.error", e.getMessage()));
        }
    }

    private void reportSynced(List<FileImportResult> results) {
        onFolderScanned.accept(results);
        if (results.isEmpty()) {
            return;
        }
        long rows = results.stream().mapToLong(r -> r.counts().read()).sum();
        long refused = results.stream().filter(r -> r.status() == SyncStatus.REFUSED).count();
        shell.get().setStatus(refused > 0 ? Messages.format("sync.watch.refused", results.size(), refused)
                : Messages.format("sync.watch.imported", results.size(), rows));
        onDataChanged.run();
    }

    public void stop() {
        if (watcher != null) {
            watcher.close();
        }
    }

    private void loadDemo() {
        Task<List<FileImportResult>> task = new Task<>() {
            @Override
            protected List<FileImportResult> call() throws InterruptedException {
                updateMessage(Messages.get("demo.loading.preparing"));
                DemoLoader.Progress shown = new DemoLoader.Progress() {
                    @Override
                    public void update(double fraction, String step) {
                        updateProgress(fraction, 1.0);
                        updateMessage("write".equals(step) ? Messages.get("demo.loading.writing")
                                : Messages.format("demo.loading.importing", step));
                    }

                    @Override
                    public boolean cancelRequested() {
                        return isCancelled();
                    }
                };
                return early != null ? early.await(shown) : services.demoLoader().load(services.demoExportFolder(), 1, shown);
            }
        };
        shell.get().showOverlay(new DemoLoadOverlay(task).root());
        task.setOnCancelled(e -> {
            shell.get().hideOverlay();
            if (early == null) {
                onDataChanged.run();
            } else {
                // the load runs on its own thread: the screens read again once it has stopped (a file whose
                // last chunk was written when the cancel came still commits)
                runner.run(() -> {
                    early.awaitEnd();
                    return true;
                }, ended -> onDataChanged.run(), error -> onDataChanged.run());
            }
        });
        runner.submit(task, results -> {
            shell.get().hideOverlay();
            shell.get().setStatus(Messages.get("demo.loaded"));
            onDataChanged.run();
            watchExportFolder();
            // the demo's weekly meetings are played once its data is on screen: a moment later, so that the
            // two seconds of playing do not share the CPU with the first drawing of the dashboard
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
            settle.setOnFinished(e -> runner.run(() -> services.checklist().playDemoHistory(),
                    items -> {
                        shell.get().setStatus(Messages.format("demo.checklistPlayed", items));
                        onDataChanged.run();
                    },
                    error -> shell.get().setStatus(Messages.format("app.error", error.getMessage()))));
            settle.play();
        }, error -> {
            shell.get().hideOverlay();
            shell.get().setStatus(Messages.format("app.error", error.getMessage()));
            onDataChanged.run();
        });
    }
}
