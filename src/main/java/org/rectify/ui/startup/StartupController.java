package org.rectify.ui.startup;

import java.util.List;
import javafx.concurrent.Task;
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
    private final Shell shell;
    private final Runnable onDataChanged;

    public StartupController(DesktopServices services, TaskRunner runner, Shell shell, Runnable onDataChanged) {
        this.services = services;
        this.runner = runner;
        this.shell = shell;
        this.onDataChanged = onDataChanged;
    }

    public void start() {
        if (!services.writer()) {
            shell.setStatus(Messages.get("app.readOnly"));
            return;
        }
        runner.run(() -> services.ticketQueries().count(TicketFilter.ALL), count -> {
            if (count == 0) {
                loadDemo();
            }
        }, error -> shell.setStatus(Messages.format("app.error", error.getMessage())));
    }

    private void loadDemo() {
        Task<List<FileImportResult>> task = new Task<>() {
            @Override
            protected List<FileImportResult> call() {
                updateMessage(Messages.get("demo.loading.preparing"));
                return services.demoLoader().load(services.demoExportFolder(), 1, new DemoLoader.Progress() {
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
                });
            }
        };
        shell.showOverlay(new DemoLoadOverlay(task).root());
        task.setOnCancelled(e -> {
            shell.hideOverlay();
            onDataChanged.run();
        });
        runner.submit(task, results -> {
            shell.hideOverlay();
            shell.setStatus(Messages.get("demo.loaded"));
            onDataChanged.run();
        }, error -> {
            shell.hideOverlay();
            shell.setStatus(Messages.format("app.error", error.getMessage()));
            onDataChanged.run();
        });
    }
}
