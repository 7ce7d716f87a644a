package org.rectify.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rectify.store.Settings;
import org.rectify.sync.FileImportResult;
import org.rectify.sync.FolderSync;
import org.rectify.sync.FolderWatcher;
import org.rectify.sync.ImportListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sync [FOLDER] [--watch] [--remember]}: imports the new export files of a folder. */
@Command(name = "sync", description = "Import the new export files of a folder (default: the watched folder setting).")
final class SyncCommand implements Callable<Integer> {

    @ParentCommand
    RectifyCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FOLDER", description = "folder of export files")
    Path folder;

    @Option(names = "--remember", description = "save FOLDER as the watched folder: the desktop app syncs it on start"
            + " and whenever files appear")
    boolean remember;

    @Option(names = "--forget", description = "stop watching the saved folder")
    boolean forget;

    @Option(names = "--watch", description = "keep running and import files as they appear (Ctrl+C to stop)")
    boolean watch;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Wiring wiring = parent.openWiring()) {
            wiring.store().requireWriter();
            Settings settings = new Settings(wiring.store());
            if (forget) {
                settings.remove(Settings.WATCH_FOLDER);
                out.println("No folder is watched any more.");
                return 0;
            }
            Path target = folder != null ? folder : settings.get(Settings.WATCH_FOLDER).map(Path::of).orElse(null);
            if (target == null) {
                err.println("No folder given and no watched folder saved. Use: sync FOLDER [--remember]");
                return 2;
            }
            if (!Files.isDirectory(target)) {
                err.println(target + " is not a folder");
                return 2;
            }
            if (remember) {
                settings.set(Settings.WATCH_FOLDER, target.toAbsolutePath().toString());
                out.println("Watched folder saved: " + target.toAbsolutePath());
            }
            FolderSync sync = new FolderSync(wiring.ticketImporter());
            if (watch) {
                out.println("Watching " + target.toAbsolutePath() + " (Ctrl+C to stop)");
                try (FolderWatcher watcher = new FolderWatcher(target, sync, results -> report(results, out, err)).start()) {
                    new CountDownLatch(1).await();
                }
                return 0;
            }
            List<FileImportResult> results = sync.syncOnce(target, ImportListener.NONE);
            int severity = report(results, out, err);
            if (results.isEmpty()) {
                out.println("No new export files in " + target.toAbsolutePath());
            }
            return severity == 1 ? RectifyCommand.QUARANTINED : severity == 2 ? RectifyCommand.REFUSED : 0;
        }
    }

    private static int report(List<FileImportResult> results, PrintWriter out, PrintWriter err) {
        int severity = 0;
        for (FileImportResult result : results) {
            severity = Math.max(severity, ImportCommand.report(result, 0, out, err));
        }
        return severity;
    }
}
