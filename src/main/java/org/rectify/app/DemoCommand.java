package org.rectify.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rectify.checklist.DemoChecklist;
import org.rectify.domain.ImportCounts;
import org.rectify.sync.FileImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code demo [--scale K] [--out DIR]}: writes the demo exports and imports them like a user's files. */
@Command(name = "demo", description = "Write the demo export files and load them into the store.")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    RectifyCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--scale", paramLabel = "K", defaultValue = "1", description = "multiply the volume (default 1, about 620k tickets)")
    int scale;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write the export files (default: DATA/demo-exports)")
    Path out;

    @Override
    public Integer call() {
        if (scale < 1 || scale > 100) {
            spec.commandLine().getErr().println("--scale must be between 1 and 100, was " + scale);
            return 2;
        }
        try (Wiring wiring = parent.openWiring()) {
            wiring.store().requireWriter();
            Path folder = out != null ? out : wiring.demoExportFolder();
            long started = System.nanoTime();
            List<FileImportResult> results = wiring.demoLoader().load(folder, scale, (fraction, step) -> { });
            long checklistStarted = System.nanoTime();
            int items = new org.rectify.checklist.ChecklistService(wiring.store(), java.time.Clock.systemDefaultZone())
                    .playDemoHistory();
            ImportCounts total = results.stream().map(FileImportResult::counts).reduce(ImportCounts.NONE, ImportCounts::plus);
            spec.commandLine().getOut().printf(
                    "Demo data (scale %d) written to %s and loaded: %,d rows read, %,d inserted, %,d updated, %,d unchanged (%.1f s)%n",
                    scale, folder.toAbsolutePath(), total.read(), total.inserted(), total.updated(), total.unchanged(),
                    (System.nanoTime() - started) / 1e9);
            spec.commandLine().getOut().printf("Weekly checklists %s … %s played: %,d items (%.1f s)%n",
                    DemoChecklist.FIRST_WEEK, DemoChecklist.LAST_WEEK, items, (System.nanoTime() - checklistStarted) / 1e9);
            return 0;
        }
    }
}
