package org.rectify.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rectify.domain.ImportCounts;
import org.rectify.domain.SyncStatus;
import org.rectify.sync.FileImportResult;
import org.rectify.sync.ImportListener;
import org.rectify.sync.ImportProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code import FILE...}: each file in its own transaction; a summary line per file. */
@Command(name = "import", description = "Import ticket export files (CSV, XLSX, XLS) with an import profile.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    RectifyCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "export files: CSV (any common encoding), XLSX, XLS")
    List<Path> files;

    @Option(names = "--profile", paramLabel = "NAME|FILE",
            description = "import profile: a built-in name (standard, chinese-common, nyc311) or a JSON file;"
                    + " default: the best-matching built-in profile")
    String profile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Wiring wiring = parent.openWiring()) {
            List<ImportProfile> profiles;
            try {
                profiles = profile == null ? wiring.ticketImporter().profiles().all()
                        : List.of(wiring.ticketImporter().profiles().resolve(profile));
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return 2;
            }
            wiring.store().requireWriter();
            int exit = 0;
            for (Path file : files) {
                long started = System.nanoTime();
                FileImportResult result = wiring.ticketImporter().importFile(file, profiles, ImportListener.NONE);
                double seconds = (System.nanoTime() - started) / 1e9;
                exit = Math.max(exit, report(result, seconds, out, err));
            }
            return exit == 1 ? RectifyCommand.QUARANTINED : exit == 2 ? RectifyCommand.REFUSED : 0;
        }
    }

    /** Prints the outcome; returns 0 fine, 1 rows quarantined, 2 refused (a severity order, not an exit code). */
    static int report(FileImportResult result, double seconds, PrintWriter out, PrintWriter err) {
        ImportCounts c = result.counts();
        switch (result.status()) {
            case DONE -> {
                out.printf("%s: %,d %s read, %,d inserted, %,d updated, %,d unchanged, %,d rejected (%.1f s, profile %s)%n",
                        result.fileName(), c.read(), c.read() == 1 ? "row" : "rows", c.inserted(), c.updated(), c.unchanged(),
                        c.rejected(), seconds, result.profile());
                if (result.message() != null) {
                    out.println("  " + result.message());
                }
            }
            case SKIPPED -> out.println(result.message());
            default -> err.println(result.message());
        }
        if (result.status() == SyncStatus.DONE && c.rejected() > 0) {
            err.printf(c.rejected() == 1 ? "%s: %,d row was rejected and kept aside with its reason (rectify rejected --out FILE.csv).%n"
                    : "%s: %,d rows were rejected and kept aside with their reasons (rectify rejected --out FILE.csv).%n",
                    result.fileName(), c.rejected());
            return 1;
        }
        return result.status() == SyncStatus.DONE || result.status() == SyncStatus.SKIPPED ? 0 : 2;
    }
}
