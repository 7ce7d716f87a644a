package org.rectify.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.rectify.domain.SyncRun;
import org.rectify.domain.Timestamps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sync-log [--limit N]}: the import runs, newest first. */
@Command(name = "sync-log", description = "Show the log of imports, newest first.")
final class SyncLogCommand implements Callable<Integer> {

    @ParentCommand
    RectifyCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "how many runs (default 50)")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Wiring wiring = parent.openWiring()) {
            List<SyncRun> runs = wiring.syncLog().recent(limit);
            out.printf("%5s  %-19s  %-9s  %-16s  %9s %9s %9s %9s %9s %8s  %s%n", "run", "started", "status", "profile",
                    "read", "inserted", "updated", "unchanged", "rejected", "seconds", "file / message");
            for (SyncRun run : runs) {
                out.printf("%5d  %-19s  %-9s  %-16s  %,9d %,9d %,9d %,9d %,9d %8.1f  %s%s%n", run.id(),
                        Timestamps.format(run.startedAt()), run.status().code(), run.profile() == null ? "-" : run.profile(),
                        run.counts().read(), run.counts().inserted(), run.counts().updated(), run.counts().unchanged(),
                        run.counts().rejected(), run.durationMillis() / 1000.0, run.fileName(),
                        run.message() == null ? "" : " — " + run.message());
            }
            if (runs.isEmpty()) {
                out.println("No imports yet.");
            }
            return 0;
        }
    }
}
